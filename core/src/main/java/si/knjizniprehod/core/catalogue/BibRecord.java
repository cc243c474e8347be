package si.knjizniprehod.core.catalogue;

import java.time.Instant;

/**
 * A bibliographic record in the local store: searchable summary columns, the summary as JSON and
 * the full record as MARCXML (UTF-8, in its own flavour: UNIMARC or MARC 21).
 */
public record BibRecord(
        String id,
        String flavour,
        String title,
        String responsibility,
        String authors,
        String year,
        String publisher,
        String isbn,
        String issn,
        String language,
        String materialType,
        String udc,
        String summaryJson,
        String recordXml,
        String source,
        Instant updatedAt) {
}
