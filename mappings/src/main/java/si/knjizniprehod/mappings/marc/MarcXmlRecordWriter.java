package si.knjizniprehod.mappings.marc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * Streaming MARCXML writer (MARC 21 slim namespace, UTF-8), laid out like yaz-marcdump's output. Characters
 * that XML 1.0 forbids (C0 controls other than tab/CR/LF, U+FFFE/U+FFFF, unpaired surrogates) are written as
 * U+FFFD. Writes {@code <collection>} around the records unless created for a single record.
 */
public final class MarcXmlRecordWriter implements MarcRecordWriter {

    public static final String NS = "http://www.loc.gov/MARC21/slim";

    private final Writer w;
    private final WriteOptions opts;
    private final boolean collection;
    private boolean started;
    private boolean closed;

    public MarcXmlRecordWriter(OutputStream out) {
        this(out, WriteOptions.DEFAULT);
    }

    public MarcXmlRecordWriter(OutputStream out, WriteOptions opts) {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), opts, true);
    }

    private MarcXmlRecordWriter(Writer w, WriteOptions opts, boolean collection) {
        this.w = w;
        this.opts = opts == null ? WriteOptions.DEFAULT : opts;
        this.collection = collection;
    }

    /** One record as a standalone MARCXML {@code <record>} document. */
    public static String toXml(Record r, WriteOptions opts) {
        StringWriter sw = new StringWriter();
        MarcXmlRecordWriter x = new MarcXmlRecordWriter(sw, opts, false);
        try {
            x.write(r);
            x.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    public static String toXml(Record r) {
        return toXml(r, WriteOptions.DEFAULT);
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            if (collection) w.write("<collection xmlns=\"" + NS + "\">\n");
        }
    }

    @Override
    public void write(Record r) throws IOException {
        start();
        MarcFlavour fl = Utf8Declaration.flavour(r, opts);
        boolean decl = opts.declareUtf8();
        w.write(collection ? "<record>\n  <leader>" : "<record xmlns=\"" + NS + "\">\n  <leader>");
        w.write(Utf8Declaration.leader(r, fl, decl));
        w.write("</leader>\n");
        for (ControlField cf : r.getControlFields()) {
            w.write("  <controlfield tag=\"");
            esc(cf.getTag());
            w.write("\">");
            esc(cf.getData());
            w.write("</controlfield>\n");
        }
        for (DataField df : r.getDataFields()) {
            w.write("  <datafield tag=\"");
            esc(df.getTag());
            w.write("\" ind1=\"");
            escChar(df.getIndicator1());
            w.write("\" ind2=\"");
            escChar(df.getIndicator2());
            w.write("\">\n");
            for (Subfield sf : df.getSubfields()) {
                w.write("    <subfield code=\"");
                escChar(sf.getCode());
                w.write("\">");
                esc(Utf8Declaration.value(df, sf, fl, decl));
                w.write("</subfield>\n");
            }
            w.write("  </datafield>\n");
        }
        w.write("</record>\n");
    }

    private void escChar(char c) throws IOException {
        if (c == 0) c = ' ';
        esc(String.valueOf(c));
    }

    private void esc(String s) throws IOException {
        if (s == null) return;
        int n = s.length();
        int last = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep;
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') continue;
            switch (c) {
                case '&': rep = "&amp;"; break;
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                case '"': rep = "&quot;"; break;
                case '\'': rep = "&apos;"; break;
                case '\t': case '\n': case '\r': continue;
                default:
                    if (c < 0x20) {
                        rep = "\uFFFD";
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) { i++; continue; }
                        rep = "\uFFFD";
                    } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        rep = "\uFFFD";
                    } else {
                        continue;
                    }
            }
            if (i > last) w.write(s, last, i - last);
            w.write(rep);
            last = i + 1;
        }
        if (last < n) w.write(s, last, n - last);
    }

    @Override
    public void flush() throws IOException {
        w.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        start();
        if (collection) w.write("</collection>\n");
        w.close();
    }
}
