package si.knjizniprehod.mappings.marc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marc4j.marc.Record;

/** Entry points for reading and writing MARC in any supported format. */
public final class MarcIO {

    private MarcIO() {
    }

    /** A streaming reader with the format auto-detected from the first bytes. */
    public static MarcRecordReader reader(InputStream in) {
        return reader(in, ReadOptions.DEFAULT);
    }

    /** A streaming reader; {@code opts.format()} null means auto-detect. */
    public static MarcRecordReader reader(InputStream in, ReadOptions opts) {
        ReadOptions o = opts == null ? ReadOptions.DEFAULT : opts;
        MarcFormat f = o.format();
        InputStream s = in;
        if (f == null) {
            BufferedInputStream b = in instanceof BufferedInputStream ? (BufferedInputStream) in : new BufferedInputStream(in, 1 << 16);
            try {
                f = MarcFormat.detect(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (f == null) f = MarcFormat.ISO2709;
            s = b;
        }
        switch (f) {
            case MARCXML: return new MarcXmlRecordReader(s, o);
            case MARC_JSON: return new MarcJsonRecordReader(s, o);
            default: return new Iso2709Reader(s, o);
        }
    }

    /** A streaming writer in the given format (UTF-8). */
    public static MarcRecordWriter writer(OutputStream out, MarcFormat format) {
        return writer(out, format, WriteOptions.DEFAULT);
    }

    public static MarcRecordWriter writer(OutputStream out, MarcFormat format, WriteOptions opts) {
        switch (format) {
            case MARCXML: return new MarcXmlRecordWriter(out, opts);
            case MARC_JSON:
                try {
                    return new MarcJsonRecordWriter(out, opts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            default: return new Iso2709RecordWriter(out, opts);
        }
    }

    /** Convenience for small inputs: all good records; bad ones are dropped (use {@link #reader} to see them). */
    public static List<Record> readAll(InputStream in) {
        List<Record> out = new ArrayList<>();
        try (MarcRecordReader r = reader(in)) {
            while (r.hasNext()) {
                MarcReadResult res = r.next();
                if (res.ok()) out.add(res.record());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
