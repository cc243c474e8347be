package si.knjizniprehod.mappings.marc;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * ISO 2709 writer, UTF-8. Recomputes record length, base address and directory; leader/10-11 = "22",
 * leader/20-23 kept from the record. A record that would exceed 99,999 bytes is refused with an
 * {@link IllegalArgumentException} (ISO 2709 cannot express it) and nothing is written for it.
 */
public final class Iso2709RecordWriter implements MarcRecordWriter {

    private final OutputStream out;
    private final WriteOptions opts;
    private byte[] data = new byte[1 << 16];
    private int dlen;
    private byte[] dir = new byte[1 << 12];
    private int nlen;

    public Iso2709RecordWriter(OutputStream out) {
        this(out, WriteOptions.DEFAULT);
    }

    public Iso2709RecordWriter(OutputStream out, WriteOptions opts) {
        this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
        this.opts = opts == null ? WriteOptions.DEFAULT : opts;
    }

    /** One record as ISO 2709 bytes. */
    public static byte[] toBytes(Record r, WriteOptions o) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (Iso2709RecordWriter w = new Iso2709RecordWriter(bo, o)) {
            w.write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bo.toByteArray();
    }

    @Override
    public void write(Record r) throws IOException {
        MarcFlavour fl = Utf8Declaration.flavour(r, opts);
        boolean decl = opts.declareUtf8();
        dlen = 0;
        nlen = 0;
        for (ControlField cf : r.getControlFields()) {
            int start = dlen;
            put(cf.getData());
            putByte(0x1E);
            entry(cf.getTag(), dlen - start, start);
        }
        for (DataField df : r.getDataFields()) {
            int start = dlen;
            putByte(df.getIndicator1() == 0 ? ' ' : df.getIndicator1());
            putByte(df.getIndicator2() == 0 ? ' ' : df.getIndicator2());
            for (Subfield sf : df.getSubfields()) {
                putByte(0x1F);
                put(String.valueOf(sf.getCode()));
                put(Utf8Declaration.value(df, sf, fl, decl));
            }
            putByte(0x1E);
            entry(df.getTag(), dlen - start, start);
        }
        int base = 24 + nlen + 1;
        int total = base + dlen + 1;
        if (total > 99999) {
            throw new IllegalArgumentException("record " + r.getControlNumber() + " is " + total + " bytes, over the ISO 2709 limit of 99999");
        }
        char[] l = Utf8Declaration.leader(r, fl, decl);
        Utf8Declaration.num(l, 0, 5, total);
        l[10] = '2';
        l[11] = '2';
        Utf8Declaration.num(l, 12, 5, base);
        byte[] lb = new byte[24];
        for (int i = 0; i < 24; i++) lb[i] = (byte) l[i];
        out.write(lb);
        out.write(dir, 0, nlen);
        out.write(0x1E);
        out.write(data, 0, dlen);
        out.write(0x1D);
    }

    private void entry(String tag, int len, int start) {
        if (len > 9999) throw new IllegalArgumentException("field " + tag + " is " + len + " bytes, over the ISO 2709 limit of 9999");
        if (nlen + 12 > dir.length) dir = Arrays.copyOf(dir, dir.length * 2);
        String t = tag.length() >= 3 ? tag.substring(0, 3) : (tag + "   ").substring(0, 3);
        for (int i = 0; i < 3; i++) dir[nlen++] = (byte) t.charAt(i);
        for (int i = 3; i >= 0; i--) { dir[nlen + i] = (byte) ('0' + len % 10); len /= 10; }
        nlen += 4;
        for (int i = 4; i >= 0; i--) { dir[nlen + i] = (byte) ('0' + start % 10); start /= 10; }
        nlen += 5;
    }

    private void putByte(int b) {
        if (dlen == data.length) data = Arrays.copyOf(data, data.length * 2);
        data[dlen++] = (byte) b;
    }

    private void put(String s) {
        if (s == null) return;
        int n = s.length();
        if (dlen + n * 3 > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, dlen + n * 3));
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                data[dlen++] = (byte) c;
            } else {
                byte[] b = s.substring(i).getBytes(StandardCharsets.UTF_8);
                if (dlen + b.length > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, dlen + b.length));
                System.arraycopy(b, 0, data, dlen, b.length);
                dlen += b.length;
                return;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
