package si.knjizniprehod.mappings.marc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.marc4j.converter.impl.AnselToUnicode;
import org.marc4j.converter.impl.Iso5426ToUnicode;
import org.marc4j.marc.Record;
import org.marc4j.marc.impl.ControlFieldImpl;
import org.marc4j.marc.impl.DataFieldImpl;
import org.marc4j.marc.impl.LeaderImpl;
import org.marc4j.marc.impl.RecordImpl;
import org.marc4j.marc.impl.SubfieldImpl;

/**
 * Streaming, lenient ISO 2709 reader producing Marc4J records.
 *
 * <p>A record is taken by the length in its leader when that length ends on a record terminator (0x1D);
 * otherwise the reader resynchronises on the next terminator. Fields are located through the directory;
 * if the directory disagrees with the field separators, fields are taken by their separators instead and a
 * warning says so. A record that cannot be read at all becomes an error result and reading goes on with the
 * next one. Memory use is bounded by the largest record (at most {@link ReadOptions#maxRecordBytes()}).
 *
 * <p>Encoding is decided per record and reported in the result: a forced encoding from the options, else
 * MARC 21 leader/09 ('a' UTF-8, blank MARC-8 through Marc4J's {@link AnselToUnicode}), else UNIMARC
 * 100$a/26-27 ("50" UTF-8, "03" ISO 5426). A missing or contradicted declaration ("01" = ISO 646 with
 * 8-bit bytes) is resolved by checking whether the bytes are valid UTF-8, else the fallback encoding.
 */
public final class Iso2709Reader extends LookaheadRecordReader {

    private static final byte RT = 0x1D;
    private static final byte FT = 0x1E;
    private static final byte US = 0x1F;
    private static final String[] TAGS = new String[1000];
    private static final Charset CP1250 = Charset.forName("windows-1250");

    static {
        for (int i = 0; i < 1000; i++) {
            TAGS[i] = String.format("%03d", i);
        }
    }

    private final InputStream in;
    private final ReadOptions opts;
    private byte[] buf = new byte[1 << 17];
    private int pos;
    private int lim;
    private long bufBase; // absolute offset of buf[0]
    private boolean eof;
    private long recordNo;
    private AnselToUnicode ansel;
    private Iso5426ToUnicode iso5426;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private int[] fStart = new int[256];
    private int[] fEnd = new int[256];

    public Iso2709Reader(InputStream in) {
        this(in, ReadOptions.DEFAULT);
    }

    public Iso2709Reader(InputStream in, ReadOptions opts) {
        this.in = in;
        this.opts = opts == null ? ReadOptions.DEFAULT : opts;
    }

    @Override
    public MarcFormat format() {
        return MarcFormat.ISO2709;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---------------------------------------------------------------- buffering

    private boolean ensure(int k) throws IOException {
        while (lim - pos < k) {
            if (eof) return false;
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                bufBase += pos;
                lim -= pos;
                pos = 0;
            }
            if (k > buf.length) buf = Arrays.copyOf(buf, Math.max(k, buf.length * 2));
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
                return lim - pos >= k;
            }
            lim += r;
        }
        return true;
    }

    @Override
    protected MarcReadResult readNext() throws IOException {
        // skip line ends / DOS EOF / NUL padding between records
        while (true) {
            if (!ensure(1)) return null;
            byte b = buf[pos];
            if (b == '\n' || b == '\r' || b == 0x1A || b == 0 || b == ' ') pos++;
            else break;
        }
        recordNo++;
        long offset = bufBase + pos;
        warnings.clear();
        int len = -1;
        if (ensure(5)) {
            len = digits(buf, pos, 5);
        }
        if (len >= 24 && ensure(len) && buf[pos + len - 1] == RT) {
            int start = pos;
            pos += len;
            return parse(start, len, offset);
        }
        // resynchronise on the next record terminator
        int scanned = 0;
        int max = opts.maxRecordBytes();
        while (true) {
            int i = pos + scanned;
            while (i < lim && buf[i] != RT) i++;
            scanned = i - pos;
            if (i < lim) {
                int start = pos;
                int n = scanned + 1;
                pos = i + 1;
                if (len >= 0) warnings.add("leader record length " + len + " does not end on a record terminator; record ends after " + n + " bytes");
                else warnings.add("leader record length is not numeric");
                if (n < 24) return MarcReadResult.error(recordNo, offset, "record of " + n + " bytes is shorter than a leader", false);
                return parse(start, n, offset);
            }
            if (scanned > max) {
                // discard up to the next terminator, keeping memory bounded
                pos = lim;
                long skipped = scanned;
                while (true) {
                    if (!ensure(1)) break;
                    int j = pos;
                    while (j < lim && buf[j] != RT) j++;
                    skipped += j - pos;
                    if (j < lim) { pos = j + 1; break; }
                    pos = lim;
                }
                return MarcReadResult.error(recordNo, offset, "no record terminator within " + max + " bytes; skipped " + skipped + " bytes", false);
            }
            if (!ensure(scanned + 1)) {
                // end of input without terminator
                int start = pos;
                int n = lim - pos;
                pos = lim;
                if (n < 24) return MarcReadResult.error(recordNo, offset, "trailing " + n + " bytes without record terminator", false);
                warnings.add("missing record terminator at end of input");
                return parse(start, n, offset);
            }
        }
    }

    private static int digits(byte[] b, int off, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = b[off + i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    // ---------------------------------------------------------------- parsing

    private MarcReadResult parse(int s, int n, long offset) {
        byte[] b = buf;
        int end = b[s + n - 1] == RT ? s + n - 1 : s + n; // exclusive end of data
        int dirStart = s + 24;
        int dirEnd = -1;
        for (int i = dirStart; i < end; i++) {
            if (b[i] == FT) { dirEnd = i; break; }
        }
        if (dirEnd < 0) return MarcReadResult.error(recordNo, offset, "no directory terminator", false);
        char[] lc = new char[24];
        boolean leaderOk = true;
        for (int i = 0; i < 24; i++) {
            int c = b[s + i] & 0xFF;
            if (c < 0x20 || c > 0x7E) { c = ' '; leaderOk = false; }
            lc[i] = (char) c;
        }
        if (!leaderOk) warnings.add("non-ASCII or control bytes in leader replaced by blanks");
        int base = digits(b, s + 12, 5);
        int dataStart = dirEnd + 1;
        if (base != dataStart - s) {
            warnings.add("leader base address " + (base < 0 ? new String(lc, 12, 5) : base) + " differs from directory end " + (dataStart - s));
        }
        int dirLen = dirEnd - dirStart;
        if (dirLen % 12 != 0) warnings.add("directory length " + dirLen + " is not a multiple of 12");
        int nf = dirLen / 12;
        if (fStart.length < nf) { fStart = new int[nf * 2]; fEnd = new int[nf * 2]; }
        tags.clear();
        boolean consistent = true;
        for (int k = 0; k < nf; k++) {
            int e = dirStart + k * 12;
            tags.add(tag(b, e));
            int flen = digits(b, e + 3, 4);
            int fst = digits(b, e + 7, 5);
            int fs = dataStart + fst;
            int fe = fs + flen;
            if (flen < 1 || fst < 0 || fe > end || b[fe - 1] != FT) {
                consistent = false;
                fStart[k] = fst < 0 ? -1 : fs;
                fEnd[k] = -1;
            } else {
                fStart[k] = fs;
                fEnd[k] = fe - 1;
            }
        }
        if (!consistent) {
            // count separators in the data area
            int chunks = 0;
            for (int i = dataStart; i < end; i++) if (b[i] == FT) chunks++;
            if (chunks >= nf && separatorsFit(b, dataStart, nf)) {
                warnings.add("directory lengths/offsets disagree with field separators; fields taken by separators"
                        + (chunks > nf ? " (" + (chunks - nf) + " extra separators ignored)" : ""));
                int p = dataStart;
                for (int k = 0; k < nf; k++) {
                    int q = p;
                    while (b[q] != FT) q++;
                    fStart[k] = p;
                    fEnd[k] = q;
                    p = q + 1;
                }
            } else {
                for (int k = 0; k < nf; k++) {
                    if (fEnd[k] >= 0) continue;
                    int fs = fStart[k];
                    if (fs < dataStart || fs >= end) {
                        warnings.add("field " + tags.get(k) + " (directory entry " + (k + 1) + ") points outside the record; dropped");
                        fStart[k] = -1;
                        continue;
                    }
                    int q = fs;
                    while (q < end && b[q] != FT) q++;
                    fEnd[k] = q;
                    warnings.add("field " + tags.get(k) + " length disagrees with its separator; read up to the separator");
                }
            }
        }
        MarcFlavour flavour = opts.flavour() != null ? opts.flavour() : MarcFlavour.detectFromTags(tags);
        MarcEncoding enc = decideEncoding(b, s, n, lc, nf, flavour);
        RecordImpl r = new RecordImpl();
        LeaderImpl leader;
        String ls = new String(lc);
        try {
            leader = new LeaderImpl(ls);
        } catch (RuntimeException ex) {
            warnings.add("unparseable leader '" + ls + "': numeric positions reset");
            char[] fixed = lc.clone();
            for (int i : new int[] {0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16}) if (fixed[i] < '0' || fixed[i] > '9') fixed[i] = '0';
            leader = new LeaderImpl(new String(fixed));
        }
        r.setLeader(leader);
        for (int k = 0; k < nf; k++) {
            int fs = fStart[k];
            int fe = fEnd[k];
            if (fs < 0 || fe < fs) continue;
            String tag = tags.get(k);
            if (isControl(tag)) {
                r.addVariableField(new ControlFieldImpl(tag, decode(b, fs, fe, enc)));
                continue;
            }
            char i1 = ' ';
            char i2 = ' ';
            int p = fs;
            if (fe - fs >= 2 && b[fs] != US && b[fs + 1] != US) {
                i1 = (char) (b[fs] & 0xFF);
                i2 = (char) (b[fs + 1] & 0xFF);
                p = fs + 2;
            } else if (fe > fs) {
                warnings.add("field " + tag + " has no indicators");
                if (b[fs] != US) { i1 = (char) (b[fs] & 0xFF); p = fs + 1; }
            }
            DataFieldImpl df = new DataFieldImpl(tag, i1, i2);
            if (p < fe && b[p] != US) {
                int q = p;
                while (q < fe && b[q] != US) q++;
                warnings.add("field " + tag + ": " + (q - p) + " bytes before the first subfield dropped");
                p = q;
            }
            while (p < fe) {
                // b[p] == US
                int q = p + 1;
                if (q >= fe) break;
                char code = (char) (b[q] & 0xFF);
                int ds = q + 1;
                int de = ds;
                while (de < fe && b[de] != US) de++;
                if (!(code >= 'a' && code <= 'z' || code >= '0' && code <= '9')) {
                    warnings.add("field " + tag + ": subfield code '" + code + "' is not a lower-case letter or digit");
                }
                if (de == ds) warnings.add("field " + tag + ": empty subfield $" + code);
                df.addSubfield(new SubfieldImpl(code, decode(b, ds, de, enc)));
                p = de;
            }
            r.addVariableField(df);
        }
        return MarcReadResult.ok(recordNo, offset, r, flavour, enc, warnings);
    }

    /**
     * Whether taking the first nf separator-delimited chunks as the fields in directory order gives a plausible
     * record: control fields without subfield delimiters, data fields starting with two indicators and a delimiter.
     */
    private boolean separatorsFit(byte[] b, int dataStart, int nf) {
        int p = dataStart;
        for (int k = 0; k < nf; k++) {
            int q = p;
            while (b[q] != FT) q++;
            boolean control = isControl(tags.get(k));
            if (control) {
                for (int i = p; i < q; i++) if (b[i] == US) return false;
            } else if (q - p < 3 || b[p + 2] != US) {
                return false;
            }
            p = q + 1;
        }
        return true;
    }

    private static boolean isControl(String tag) {
        return tag.length() == 3 && tag.charAt(0) == '0' && tag.charAt(1) == '0';
    }

    private static String tag(byte[] b, int e) {
        int d = digits(b, e, 3);
        if (d >= 0) return TAGS[d];
        char[] c = new char[3];
        for (int i = 0; i < 3; i++) c[i] = (char) (b[e + i] & 0xFF);
        return new String(c);
    }

    private MarcEncoding decideEncoding(byte[] b, int s, int n, char[] lc, int nf, MarcFlavour flavour) {
        if (opts.encoding() != null) return opts.encoding();
        if (flavour == MarcFlavour.UNIMARC) {
            String declared = null;
            for (int k = 0; k < nf; k++) {
                if (!"100".equals(tags.get(k)) || fStart[k] < 0) continue;
                int fs = fStart[k];
                int fe = fEnd[k];
                for (int i = fs; i + 1 < fe; i++) {
                    if (b[i] == US && b[i + 1] == 'a') {
                        int a = i + 2 + 26;
                        if (a + 1 < fe) declared = new String(b, a, 2, StandardCharsets.ISO_8859_1);
                        break;
                    }
                }
                break;
            }
            if ("50".equals(declared)) {
                if (utf8State(b, s, n) == 2) warnings.add("100$a/26-27 declares UTF-8 ('50') but the bytes are not valid UTF-8: invalid sequences became U+FFFD");
                return MarcEncoding.UTF_8;
            }
            if ("03".equals(declared)) return MarcEncoding.ISO_5426;
            int v = utf8State(b, s, n);
            if (v == 0 && hasEsc(b, s, n)) {
                // 7-bit text with ISO 2022 escape sequences: the MARC-8 mechanism, which no UNIMARC code above covers
                warnings.add("100$a/26-27 declares '" + (declared == null ? "(none)" : declared)
                        + "', text is 7-bit with escape sequences: decoded as MARC-8");
                return MarcEncoding.MARC_8;
            }
            if (v == 0) return MarcEncoding.UTF_8; // pure ASCII: any declaration fits
            if (v == 1) {
                warnings.add("100$a/26-27 declares '" + (declared == null ? "(none)" : declared) + "', bytes are valid UTF-8: decoded as UTF-8");
                return MarcEncoding.UTF_8;
            }
            warnings.add("100$a/26-27 declares '" + (declared == null ? "(none)" : declared) + "', bytes are not UTF-8: decoded as " + opts.fallback());
            return opts.fallback();
        }
        char l9 = lc[9];
        if (l9 == 'a') {
            if (utf8State(b, s, n) == 2) warnings.add("leader/09 'a' declares UTF-8 but the bytes are not valid UTF-8: invalid sequences became U+FFFD");
            else if (hasEsc(b, s, n)) warnings.add("leader/09 'a' declares UTF-8 but the text contains escape sequences (MARC-8?); decoded as UTF-8 as declared");
            return MarcEncoding.UTF_8;
        }
        if (l9 == ' ') {
            if (utf8State(b, s, n) == 1 && !hasEsc(b, s, n)) {
                warnings.add("leader/09 blank declares MARC-8 but the bytes are valid UTF-8; decoded as MARC-8 as declared"
                        + " (use ReadOptions.withEncoding(UTF_8) if the file is UTF-8)");
            }
            return MarcEncoding.MARC_8;
        }
        int v = utf8State(b, s, n);
        MarcEncoding e = v <= 1 ? MarcEncoding.UTF_8 : MarcEncoding.MARC_8;
        warnings.add("leader/09 '" + l9 + "' is neither 'a' nor blank: decoded as " + e);
        return e;
    }

    private static boolean hasEsc(byte[] b, int s, int n) {
        for (int i = s; i < s + n; i++) if (b[i] == 0x1B) return true;
        return false;
    }

    /** 0 = pure ASCII, 1 = valid UTF-8 with multibyte sequences, 2 = not UTF-8. */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static int utf8State(byte[] b, int s, int n) {
        int i = s;
        int e = s + n;
        boolean multi = false;
        while (i < e) {
            // skip ASCII eight bytes at a time
            while (i + 8 <= e && (((long) LONGS.get(b, i)) & 0x8080808080808080L) == 0) i += 8;
            if (i >= e) break;
            int c = b[i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            int k;
            if (c >= 0xC2 && c <= 0xDF) k = 1;
            else if (c >= 0xE0 && c <= 0xEF) k = 2;
            else if (c >= 0xF0 && c <= 0xF4) k = 3;
            else return 2;
            for (int j = 1; j <= k; j++) {
                if (i + j >= e || (b[i + j] & 0xC0) != 0x80) return 2;
            }
            multi = true;
            i += k + 1;
        }
        return multi ? 1 : 0;
    }

    private String decode(byte[] b, int from, int to, MarcEncoding enc) {
        int len = to - from;
        if (len <= 0) return "";
        switch (enc) {
            case UTF_8:
                return new String(b, from, len, StandardCharsets.UTF_8);
            case ISO_8859_1:
                return new String(b, from, len, StandardCharsets.ISO_8859_1);
            case WINDOWS_1250:
                return new String(b, from, len, CP1250);
            case MARC_8: {
                if (plainAscii(b, from, to)) return new String(b, from, len, StandardCharsets.ISO_8859_1);
                if (ansel == null) ansel = new AnselToUnicode();
                return ansel.convert(Arrays.copyOfRange(b, from, to));
            }
            case ISO_5426: {
                if (plainAscii(b, from, to)) return new String(b, from, len, StandardCharsets.ISO_8859_1);
                if (iso5426 == null) iso5426 = new Iso5426ToUnicode();
                return iso5426.convert(Arrays.copyOfRange(b, from, to));
            }
            default:
                throw new IllegalStateException(String.valueOf(enc));
        }
    }

    private static boolean plainAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < 0 || c == 0x1B) return false;
        }
        return true;
    }
}
