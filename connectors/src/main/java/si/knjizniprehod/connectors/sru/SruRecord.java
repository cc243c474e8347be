package si.knjizniprehod.connectors.sru;

import java.util.Optional;
import org.marc4j.marc.Record;

/**
 * One record of a searchRetrieve answer.
 *
 * @param position  the record's position in the result set (1-based), or 0 if the server did not say
 * @param schema    the record schema the server reported (e.g. {@code info:srw/schema/1/marcxml-v1.1})
 * @param rawXml    the record data as an XML string (the element inside {@code recordData})
 * @param marc      the record parsed by Marc4J, or {@code null} when the data holds no MARCXML record
 */
public record SruRecord(int position, String schema, String rawXml, Record marc) {

    /** The Marc4J record if the data was MARCXML (also the bibliographic part of an {@code opacxml} record). */
    public Optional<Record> marcRecord() {
        return Optional.ofNullable(marc);
    }

    /** The control number (001), trimmed, if any. */
    public Optional<String> controlNumber() {
        if (marc == null || marc.getControlNumber() == null) {
            return Optional.empty();
        }
        String id = marc.getControlNumber().trim();
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }
}
