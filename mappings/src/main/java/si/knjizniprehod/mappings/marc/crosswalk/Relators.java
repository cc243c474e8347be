package si.knjizniprehod.mappings.marc.crosswalk;

/** UNIMARC numeric relator codes <-> MARC alphabetic relator codes (table: relators.tsv). */
public final class Relators {

    private static final CodeTable TABLE = CodeTable.resource("relators.tsv");

    private Relators() {
    }

    /** "070" -> "aut"; null if unknown. */
    public static String toMarc(String numeric) {
        return TABLE.toRight(numeric);
    }

    /** "aut" -> "070"; null if unknown. */
    public static String toUnimarc(String alpha) {
        return TABLE.toLeft(alpha);
    }

    /** An English relator term ("translator", "ed.") -> "trl"; null if unknown. */
    public static String termToMarc(String term) {
        return TABLE.termToRight(term);
    }

    public static int size() {
        return TABLE.size();
    }
}
