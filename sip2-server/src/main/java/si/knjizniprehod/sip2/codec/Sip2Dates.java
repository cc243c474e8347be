package si.knjizniprehod.sip2.codec;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * SIP2 dates: {@code YYYYMMDDZZZZHHMMSS}. ZZZZ is four blanks for local time, or {@code "   Z"} for UTC.
 * The codec works in local date-times of one zone (the gateway's, Europe/Ljubljana by default); UTC dates
 * received are converted to that zone.
 */
public final class Sip2Dates {
    public static final int LENGTH = 18;
    public static final String BLANK = " ".repeat(LENGTH);

    private Sip2Dates() {}

    /** Local time, zone blank. {@code null} gives 18 blanks. */
    public static String format(LocalDateTime t) {
        if (t == null) {
            return BLANK;
        }
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of SIP2 range: " + t);
        }
        char[] c = new char[LENGTH];
        digits(c, 0, year, 4);
        digits(c, 4, t.getMonthValue(), 2);
        digits(c, 6, t.getDayOfMonth(), 2);
        c[8] = c[9] = c[10] = c[11] = ' ';
        digits(c, 12, t.getHour(), 2);
        digits(c, 14, t.getMinute(), 2);
        digits(c, 16, t.getSecond(), 2);
        return new String(c);
    }

    private static void digits(char[] c, int at, int v, int n) {
        for (int i = at + n - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }

    /** Blank (all spaces, or all zeros) gives {@code null}; anything else must be a valid date. */
    public static LocalDateTime parse(String s, ZoneId local) throws Sip2ParseException {
        if (s.isBlank() || s.chars().allMatch(c -> c == '0' || c == ' ')) {
            return null;
        }
        if (s.length() != LENGTH) {
            throw new Sip2ParseException(Sip2ParseException.Kind.BAD_FIXED_FIELD, "date of length " + s.length());
        }
        try {
            for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17}) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    throw new NumberFormatException();
                }
            }
            LocalDateTime t = LocalDateTime.of(
                    Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)), Integer.parseInt(s.substring(12, 14)),
                    Integer.parseInt(s.substring(14, 16)), Integer.parseInt(s.substring(16, 18)));
            String zone = s.substring(8, 12).trim();
            if (zone.equals("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
                return t.atOffset(ZoneOffset.UTC).atZoneSameInstant(local).toLocalDateTime();
            }
            return t;
        } catch (RuntimeException e) {
            throw new Sip2ParseException(Sip2ParseException.Kind.BAD_FIXED_FIELD, "bad SIP2 date");
        }
    }
}
