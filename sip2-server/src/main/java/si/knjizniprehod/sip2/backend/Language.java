package si.knjizniprehod.sip2.backend;

/** Screen-message language of a terminal. */
public enum Language {
    SL, EN;

    public static Language fromConfig(String s) {
        return s == null || s.isBlank() ? SL : valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
