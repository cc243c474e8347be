package si.knjizniprehod.routes.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marc4j.marc.Record;
import si.knjizniprehod.core.catalogue.BibRecord;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.mappings.bib.BibSummaries;
import si.knjizniprehod.mappings.bib.BibSummary;
import si.knjizniprehod.mappings.marc.MarcFlavour;
import si.knjizniprehod.mappings.marc.MarcIO;
import si.knjizniprehod.mappings.marc.MarcReadResult;
import si.knjizniprehod.mappings.marc.MarcRecordReader;
import si.knjizniprehod.mappings.marc.MarcXmlRecordWriter;
import si.knjizniprehod.mappings.marc.ReadOptions;
import si.knjizniprehod.mappings.marc.MarcFormat;
import si.knjizniprehod.mappings.marc.crosswalk.Crosswalk;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Turns a MARC record into a row of the local store ({@link BibRecord}: summary columns, summary JSON, the
 * record as UTF-8 MARCXML in its own flavour) and back, and crosswalks records to a wanted flavour.
 */
public final class CatalogueRecords {
    static final ObjectMapper JSON = Circulation.jsonMapper();
    private static final Crosswalk U2M = Crosswalk.unimarcToMarc21();
    private static final Crosswalk M2U = Crosswalk.marc21ToUnimarc();

    private CatalogueRecords() {
    }

    /** A record that cannot be stored (no identifier, identifier too long). */
    public static final class UnstorableRecordException extends RuntimeException {
        public UnstorableRecordException(String message) {
            super(message);
        }
    }

    /**
     * The store id of a record: its COBISS.SI-ID when it carries one, else its control number (001).
     *
     * @throws UnstorableRecordException when the record has neither, or the id is longer than 64 characters
     */
    public static String idOf(BibSummary s) {
        String id = s.cobissId() != null && !s.cobissId().isBlank() ? s.cobissId().trim()
                : s.recordId() == null ? null : s.recordId().trim();
        if (id == null || id.isEmpty()) {
            throw new UnstorableRecordException("record has no control number (001) and no COBISS.SI-ID");
        }
        if (id.length() > 64) {
            throw new UnstorableRecordException("record id longer than 64 characters: " + id.substring(0, 64) + "…");
        }
        return id;
    }

    public static BibSummary summary(Record r, MarcFlavour flavour) {
        return flavour == null || flavour == MarcFlavour.UNKNOWN ? BibSummaries.of(r) : BibSummaries.of(r, flavour);
    }

    /** The store row for a record; {@code source} says where it came from (import, harvest, sru). */
    public static BibRecord toBibRecord(Record r, MarcFlavour detected, String source, Instant now) {
        BibSummary s = summary(r, detected);
        String id = idOf(s);
        MarcFlavour flavour = s.flavour() == null || s.flavour() == MarcFlavour.UNKNOWN
                ? (detected == null ? MarcFlavour.UNKNOWN : detected) : s.flavour();
        String summaryJson;
        try {
            summaryJson = JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new BibRecord(id, flavour.name(), s.title(), s.responsibility(), join(s.authors()), s.year(),
                s.publisher(), join(s.isbns()), join(s.issns()), first(s.languages()),
                s.materialType() == null ? null : s.materialType().name(), join(s.udc()), summaryJson,
                MarcXmlRecordWriter.toXml(r), source, now);
    }

    /** The stored MARCXML read back as a Marc4J record. */
    public static Record parse(BibRecord stored) {
        try (MarcRecordReader r = MarcIO.reader(new ByteArrayInputStream(stored.recordXml().getBytes(StandardCharsets.UTF_8)),
                ReadOptions.DEFAULT.withFormat(MarcFormat.MARCXML).withFlavour(flavourOf(stored)))) {
            while (r.hasNext()) {
                MarcReadResult res = r.next();
                if (res.ok()) {
                    return res.record();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("stored record " + stored.id() + " has no readable MARCXML");
    }

    static MarcFlavour flavourOf(BibRecord stored) {
        try {
            MarcFlavour f = MarcFlavour.valueOf(stored.flavour());
            return f == MarcFlavour.UNKNOWN ? null : f;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The record in the wanted flavour: crosswalked when its own flavour differs, unchanged otherwise. */
    public static Record toFlavour(Record r, MarcFlavour own, MarcFlavour wanted) {
        MarcFlavour f = own == null || own == MarcFlavour.UNKNOWN ? MarcFlavour.detect(r) : own;
        if (wanted == MarcFlavour.MARC21 && f == MarcFlavour.UNIMARC) {
            return U2M.apply(r);
        }
        if (wanted == MarcFlavour.UNIMARC && f != MarcFlavour.UNIMARC) {
            return M2U.apply(r);
        }
        return r;
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("; ", values);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
