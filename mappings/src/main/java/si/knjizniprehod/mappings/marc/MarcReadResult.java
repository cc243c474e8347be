package si.knjizniprehod.mappings.marc;

import java.util.List;
import org.marc4j.marc.Record;

/**
 * One step of a streaming read: either a record (possibly with warnings) or an error for a record that
 * could not be read. Reading always continues after an error unless the stream itself became unreadable
 * (then {@link #fatal()} is true and it is the last result).
 *
 * @param position   1-based position of the record in the input
 * @param byteOffset offset of the record's first byte in the input (ISO 2709) or -1 where unknown
 * @param record     the record, null when {@link #error()} is set
 * @param flavour    detected (or configured) flavour
 * @param encoding   encoding the record was decoded from (null for XML/JSON, which are Unicode already)
 * @param warnings   recoverable problems met while reading this record
 * @param error      why the record could not be read, or null
 * @param fatal      true when the rest of the stream cannot be read either
 */
public record MarcReadResult(long position, long byteOffset, Record record, MarcFlavour flavour,
                             MarcEncoding encoding, List<String> warnings, String error, boolean fatal) {

    public boolean ok() {
        return record != null;
    }

    static MarcReadResult ok(long pos, long off, Record r, MarcFlavour f, MarcEncoding e, List<String> w) {
        return new MarcReadResult(pos, off, r, f, e, w == null ? List.of() : List.copyOf(w), null, false);
    }

    static MarcReadResult error(long pos, long off, String why, boolean fatal) {
        return new MarcReadResult(pos, off, null, null, null, List.of(), why, fatal);
    }

    @Override
    public String toString() {
        return ok() ? "record #" + position + " @" + byteOffset + (warnings.isEmpty() ? "" : " warnings=" + warnings)
                : "error #" + position + " @" + byteOffset + ": " + error + (fatal ? " (fatal)" : "");
    }
}
