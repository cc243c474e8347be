package si.knjizniprehod.core.security;

/** Masks personal identifiers before they reach a log line: {@code RI0001} → {@code RI**01}. */
public final class Mask {
    private Mask() {
    }

    public static String id(String value) {
        if (value == null) {
            return "-";
        }
        int n = value.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        return value.substring(0, 2) + "*".repeat(n - 4) + value.substring(n - 2);
    }

    public static String name(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        return value.charAt(0) + "***";
    }
}
