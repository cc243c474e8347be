package si.knjizniprehod.sip2.codec;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the fixed fields of one message by position and its variable fields by identifier. */
public final class FieldReader {
    private final String fixed;
    private int pos;
    private final List<Sip2Field> fields;
    private final ZoneId zone;
    private final Set<String> consumed = new HashSet<>();

    FieldReader(String fixed, List<Sip2Field> fields, ZoneId zone) {
        this.fixed = fixed;
        this.fields = fields;
        this.zone = zone;
    }

    public String fixed(int n) throws Sip2ParseException {
        if (pos + n > fixed.length()) {
            throw new Sip2ParseException(Sip2ParseException.Kind.TOO_SHORT, "fixed fields too short");
        }
        String s = fixed.substring(pos, pos + n);
        pos += n;
        return s;
    }

    public char ch() throws Sip2ParseException {
        return fixed(1).charAt(0);
    }

    /** Y = true, anything else false. */
    public boolean yn() throws Sip2ParseException {
        return ch() == 'Y';
    }

    /** 1 = true, anything else false. */
    public boolean ok() throws Sip2ParseException {
        return ch() == '1';
    }

    /** Y = true, N = false, U or anything else = null (unknown). */
    public Boolean ynu() throws Sip2ParseException {
        char c = ch();
        return c == 'Y' ? Boolean.TRUE : c == 'N' ? Boolean.FALSE : null;
    }

    public LocalDateTime date() throws Sip2ParseException {
        return Sip2Dates.parse(fixed(Sip2Dates.LENGTH), zone);
    }

    /** Decimal digits; blanks count as zero. */
    public int num(int n) throws Sip2ParseException {
        String s = fixed(n).trim();
        if (s.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new Sip2ParseException(Sip2ParseException.Kind.BAD_FIXED_FIELD, "not a number in fixed field");
            }
        }
        return Integer.parseInt(s);
    }

    /** First occurrence of a field or null. */
    public String opt(String id) {
        consumed.add(id);
        for (Sip2Field f : fields) {
            if (f.id().equals(id)) {
                return f.value();
            }
        }
        return null;
    }

    /** First occurrence or the empty string when absent (required fields are read leniently). */
    public String req(String id) {
        String v = opt(id);
        return v == null ? "" : v;
    }

    public List<String> all(String id) {
        consumed.add(id);
        List<String> out = new ArrayList<>();
        for (Sip2Field f : fields) {
            if (f.id().equals(id)) {
                out.add(f.value());
            }
        }
        return List.copyOf(out);
    }

    public LocalDateTime optDate(String id) throws Sip2ParseException {
        String v = opt(id);
        return v == null ? null : Sip2Dates.parse(v, zone);
    }

    /** Fields whose identifier the message did not ask for: kept for the caller, otherwise ignored. */
    public List<Sip2Field> unknown() {
        List<Sip2Field> out = new ArrayList<>();
        for (Sip2Field f : fields) {
            if (!consumed.contains(f.id())) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }
}
