package si.knjizniprehod.sip2.codec;

import java.time.LocalDateTime;
import java.util.List;

/** Writes fixed fields in order and variable fields as {@code ID value delimiter}. */
public final class FieldWriter {
    private final StringBuilder sb;
    private final char delimiter;

    FieldWriter(StringBuilder sb, char delimiter) {
        this.sb = sb;
        this.delimiter = delimiter;
    }

    /** Exactly n characters: padded with blanks on the right or cut. */
    public FieldWriter fixed(String s, int n) {
        String v = s == null ? "" : s;
        if (v.length() >= n) {
            sb.append(v, 0, n);
        } else {
            sb.append(v);
            for (int i = v.length(); i < n; i++) {
                sb.append(' ');
            }
        }
        return this;
    }

    public FieldWriter ch(char c) {
        sb.append(c);
        return this;
    }

    public FieldWriter yn(boolean b) {
        sb.append(b ? 'Y' : 'N');
        return this;
    }

    public FieldWriter ok(boolean b) {
        sb.append(b ? '1' : '0');
        return this;
    }

    public FieldWriter ynu(Boolean b) {
        sb.append(b == null ? 'U' : b ? 'Y' : 'N');
        return this;
    }

    public FieldWriter date(LocalDateTime t) {
        sb.append(Sip2Dates.format(t));
        return this;
    }

    /** Zero-padded decimal, clamped into [0, 10^n - 1]. */
    public FieldWriter num(int value, int n) {
        int max = (int) Math.pow(10, n) - 1;
        String s = Integer.toString(Math.max(0, Math.min(max, value)));
        for (int i = s.length(); i < n; i++) {
            sb.append('0');
        }
        sb.append(s);
        return this;
    }

    /** Always written (required field); null written as empty. */
    public FieldWriter req(String id, String value) {
        sb.append(id);
        appendClean(value == null ? "" : value);
        sb.append(delimiter);
        return this;
    }

    /** Written only when not null. */
    public FieldWriter opt(String id, String value) {
        if (value != null) {
            req(id, value);
        }
        return this;
    }

    public FieldWriter optDate(String id, LocalDateTime value) {
        if (value != null) {
            req(id, Sip2Dates.format(value));
        }
        return this;
    }

    public FieldWriter all(String id, List<String> values) {
        if (values != null) {
            for (String v : values) {
                req(id, v);
            }
        }
        return this;
    }

    /** Delimiters, CR and LF inside a value would break the frame: they become blanks. */
    private void appendClean(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(c == delimiter || c == '\r' || c == '\n' ? ' ' : c);
        }
    }
}
