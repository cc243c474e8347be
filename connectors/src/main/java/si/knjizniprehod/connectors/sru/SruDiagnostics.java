package si.knjizniprehod.connectors.sru;

import java.util.Map;

/** Meanings of the common standard SRU diagnostics, used when a server sends a URI without a message. */
final class SruDiagnostics {
    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(1, "General system error"),
            Map.entry(4, "Unsupported operation"),
            Map.entry(5, "Unsupported version"),
            Map.entry(6, "Unsupported parameter value"),
            Map.entry(7, "Mandatory parameter not supplied"),
            Map.entry(10, "Query syntax error"),
            Map.entry(16, "Unsupported index"),
            Map.entry(19, "Unsupported relation"),
            Map.entry(27, "Empty term unsupported"),
            Map.entry(35, "Term contains only stopwords"),
            Map.entry(61, "First record position out of range"),
            Map.entry(64, "Record temporarily unavailable"),
            Map.entry(66, "Unknown schema for retrieval"),
            Map.entry(67, "Record not available in this schema"),
            Map.entry(235, "Database does not exist"));

    private SruDiagnostics() {
    }

    static String meaning(int code) {
        return MEANINGS.getOrDefault(code, "SRU diagnostic");
    }
}
