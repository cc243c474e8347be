package si.knjizniprehod.mappings.marc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.marc4j.marc.Record;
import si.knjizniprehod.mappings.marc.crosswalk.Crosswalk;

/**
 * Streaming conversion of a whole input: read (format auto-detected) -> crosswalk each record whose flavour differs
 * from the wanted one -> write. What a "marc convert --from X --to Y --format F IN OUT" command needs; memory stays
 * flat. Bad records are passed to the error callback and skipped; the conversion never stops for one record.
 */
public final class MarcConversion {

    /** Counts of one conversion. */
    public record Stats(long read, long written, long crosswalked, long errors, long warnings) {
    }

    private MarcConversion() {
    }

    /**
     * @param from      flavour of the input, or null to detect per record
     * @param to        flavour wanted in the output, or null to keep each record's flavour (format conversion only)
     * @param format    output format
     * @param onProblem receives every error result and every result with warnings (may be null)
     */
    public static Stats convert(InputStream in, OutputStream out, MarcFlavour from, MarcFlavour to, MarcFormat format,
                                Consumer<MarcReadResult> onProblem) throws IOException {
        Crosswalk u2m = Crosswalk.unimarcToMarc21();
        Crosswalk m2u = Crosswalk.marc21ToUnimarc();
        long read = 0;
        long written = 0;
        long crosswalked = 0;
        long errors = 0;
        long warned = 0;
        ReadOptions ro = ReadOptions.DEFAULT.withFlavour(from);
        WriteOptions wo = WriteOptions.DEFAULT.withFlavour(to);
        try (MarcRecordReader r = MarcIO.reader(in, ro); MarcRecordWriter w = MarcIO.writer(out, format, wo)) {
            while (r.hasNext()) {
                MarcReadResult res = r.next();
                read++;
                if (!res.ok()) {
                    errors++;
                    if (onProblem != null) onProblem.accept(res);
                    continue;
                }
                if (!res.warnings().isEmpty()) {
                    warned++;
                    if (onProblem != null) onProblem.accept(res);
                }
                Record rec = res.record();
                MarcFlavour fl = res.flavour();
                if (to == MarcFlavour.MARC21 && fl == MarcFlavour.UNIMARC) {
                    rec = u2m.apply(rec);
                    crosswalked++;
                } else if (to == MarcFlavour.UNIMARC && fl != MarcFlavour.UNIMARC) {
                    rec = m2u.apply(rec);
                    crosswalked++;
                }
                w.write(rec);
                written++;
            }
        }
        return new Stats(read, written, crosswalked, errors, warned);
    }
}
