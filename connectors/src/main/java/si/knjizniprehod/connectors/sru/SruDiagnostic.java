package si.knjizniprehod.connectors.sru;

/**
 * One SRU diagnostic: {@code uri} such as {@code info:srw/diagnostic/1/16}, optional {@code details}
 * and the server's {@code message}.
 */
public record SruDiagnostic(String uri, String details, String message) {

    private static final String STANDARD_PREFIX = "info:srw/diagnostic/1/";

    /** The number of a standard SRU diagnostic ({@code info:srw/diagnostic/1/N}), or -1 for other URIs. */
    public int code() {
        if (uri != null && uri.startsWith(STANDARD_PREFIX)) {
            try {
                return Integer.parseInt(uri.substring(STANDARD_PREFIX.length()).trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Short human text: {@code "Unsupported index (info:srw/diagnostic/1/16; details: 7)"}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(message != null && !message.isBlank() ? message : SruDiagnostics.meaning(code()));
        sb.append(" (").append(uri);
        if (details != null && !details.isBlank()) {
            sb.append("; details: ").append(details);
        }
        return sb.append(')').toString();
    }
}
