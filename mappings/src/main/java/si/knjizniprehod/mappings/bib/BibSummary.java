package si.knjizniprehod.mappings.bib;

import java.util.List;
import si.knjizniprehod.mappings.marc.MarcFlavour;

/**
 * A flavour-neutral bibliographic summary of one record, used by SIP2 item information, ILL and the REST API.
 * Text is free of ISBD punctuation and of UNIMARC non-sorting markers. Absent values are null (scalars) or
 * empty lists.
 *
 * @param recordId       control number (001)
 * @param cobissId       COBISS.SI-ID when the record carries one (035 "(SI-MaCOB)n"/"COBISS.SI-ID n", or 001 of a
 *                       record whose 003 names COBISS)
 * @param flavour        flavour of the source record
 * @param title          title proper with number/name of part
 * @param remainderOfTitle other title information / parallel title
 * @param responsibility statement of responsibility
 * @param authors        personal and corporate names (main entry first), "Surname, Forename"
 * @param year           first year of publication (4 digits), or null
 * @param publisher      first publisher name
 * @param place          first place of publication
 * @param isbns          ISBNs as recorded (first token of the subfield)
 * @param issns          ISSNs
 * @param languages      language codes (ISO 639-2/B, as in both formats)
 * @param materialType   coarse material type
 * @param udc            UDC numbers (UNIMARC 675, MARC 21 080)
 */
public record BibSummary(String recordId, String cobissId, MarcFlavour flavour, String title, String remainderOfTitle,
                         String responsibility, List<String> authors, String year, String publisher, String place,
                         List<String> isbns, List<String> issns, List<String> languages, MaterialType materialType,
                         List<String> udc) {
}
