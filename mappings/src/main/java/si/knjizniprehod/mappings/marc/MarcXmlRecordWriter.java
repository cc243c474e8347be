package si.knjizniprehod.mappings.marc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * Streaming MARCXML writer (MARC 21 slim namespace, UTF-8), laid out like yaz-marcdump's output. Encodes UTF-8
 * itself into a byte buffer (the hot path of bulk conversion). Characters that XML 1.0 forbids (C0 controls other
 * than tab/CR/LF, U+FFFE/U+FFFF, unpaired surrogates) are written as U+FFFD. Writes {@code <collection>} around the
 * records unless created for a single record.
 */
public final class MarcXmlRecordWriter implements MarcRecordWriter {

    public static final String NS = "http://www.loc.gov/MARC21/slim";

    private final OutputStream out;
    private final WriteOptions opts;
    private final boolean collection;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private boolean started;
    private boolean closed;

    public MarcXmlRecordWriter(OutputStream out) {
        this(out, WriteOptions.DEFAULT);
    }

    public MarcXmlRecordWriter(OutputStream out, WriteOptions opts) {
        this(out, opts, true);
    }

    private MarcXmlRecordWriter(OutputStream out, WriteOptions opts, boolean collection) {
        this.out = out;
        this.opts = opts == null ? WriteOptions.DEFAULT : opts;
        this.collection = collection;
    }

    /** One record as a standalone MARCXML {@code <record>} document. */
    public static String toXml(Record r, WriteOptions opts) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        MarcXmlRecordWriter x = new MarcXmlRecordWriter(bo, opts, false);
        try {
            x.write(r);
            x.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bo.toString(StandardCharsets.UTF_8);
    }

    public static String toXml(Record r) {
        return toXml(r, WriteOptions.DEFAULT);
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            if (collection) raw("<collection xmlns=\"" + NS + "\">\n");
        }
    }

    @Override
    public void write(Record r) throws IOException {
        start();
        MarcFlavour fl = Utf8Declaration.flavour(r, opts);
        boolean decl = opts.declareUtf8();
        raw(collection ? "<record>\n  <leader>" : "<record xmlns=\"" + NS + "\">\n  <leader>");
        char[] l = Utf8Declaration.leader(r, fl, decl);
        text(new String(l));
        raw("</leader>\n");
        for (ControlField cf : r.getControlFields()) {
            raw("  <controlfield tag=\"");
            text(cf.getTag());
            raw("\">");
            text(cf.getData());
            raw("</controlfield>\n");
        }
        for (DataField df : r.getDataFields()) {
            raw("  <datafield tag=\"");
            text(df.getTag());
            raw("\" ind1=\"");
            ch(df.getIndicator1());
            raw("\" ind2=\"");
            ch(df.getIndicator2());
            raw("\">\n");
            for (Subfield sf : df.getSubfields()) {
                raw("    <subfield code=\"");
                ch(sf.getCode());
                raw("\">");
                text(Utf8Declaration.value(df, sf, fl, decl));
                raw("</subfield>\n");
            }
            raw("  </datafield>\n");
        }
        raw("</record>\n");
    }

    private void ensure(int n) throws IOException {
        if (pos + n > buf.length) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** ASCII markup. */
    private void raw(String s) throws IOException {
        int n = s.length();
        if (n > buf.length) {
            for (int i = 0; i < n; i += 4096) raw(s.substring(i, Math.min(n, i + 4096)));
            return;
        }
        ensure(n);
        for (int i = 0; i < n; i++) buf[pos++] = (byte) s.charAt(i);
    }

    private void ch(char c) throws IOException {
        if (c == 0) c = ' ';
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ') {
            ensure(1);
            buf[pos++] = (byte) c;
        } else {
            text(String.valueOf(c));
        }
    }

    /** Escaped, UTF-8 encoded text. */
    private void text(String s) throws IOException {
        if (s == null) return;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (pos + 8 > buf.length) ensure(8);
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20) {
                    switch (c) {
                        case '&': raw("&amp;"); break;
                        case '<': raw("&lt;"); break;
                        case '>': raw("&gt;"); break;
                        case '"': raw("&quot;"); break;
                        case '\'': raw("&apos;"); break;
                        default: buf[pos++] = (byte) c;
                    }
                } else if (c == '\t' || c == '\n' || c == '\r') {
                    buf[pos++] = (byte) c;
                } else {
                    replacement();
                }
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | (c >> 6));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[pos++] = (byte) (0xF0 | (cp >> 18));
                    buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    replacement();
                }
            } else if (c == 0xFFFE || c == 0xFFFF) {
                replacement();
            } else {
                buf[pos++] = (byte) (0xE0 | (c >> 12));
                buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void replacement() {
        buf[pos++] = (byte) 0xEF;
        buf[pos++] = (byte) 0xBF;
        buf[pos++] = (byte) 0xBD;
    }

    @Override
    public void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        start();
        if (collection) raw("</collection>\n");
        flush();
        out.close();
    }
}
