package si.knjizniprehod.sip2.backend;

/** Keeps personal data out of logs: shows only the last three characters. */
public final class Masking {
    private Masking() {}

    public static String mask(String s) {
        if (s == null) {
            return "null";
        }
        if (s.length() <= 3) {
            return "***";
        }
        return "*".repeat(Math.min(8, s.length() - 3)) + s.substring(s.length() - 3);
    }
}
