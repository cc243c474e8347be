package si.knjizniprehod.connectors.sru;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The server answered with SRU diagnostics instead of a result: a bad query, an unsupported index or schema,
 * a start position beyond the hits, a missing database and so on. Never retried.
 */
public class SruDiagnosticException extends SruException {
    private static final long serialVersionUID = 1L;

    private final transient List<SruDiagnostic> diagnostics;

    public SruDiagnosticException(List<SruDiagnostic> diagnostics) {
        super("SRU server answered with a diagnostic: "
                + diagnostics.stream().map(SruDiagnostic::describe).collect(Collectors.joining("; ")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** All diagnostics of the answer (at least one). */
    public List<SruDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** The first diagnostic. */
    public SruDiagnostic diagnostic() {
        return diagnostics.get(0);
    }

    public String uri() {
        return diagnostic().uri();
    }

    public String details() {
        return diagnostic().details();
    }

    public String diagnosticMessage() {
        return diagnostic().message();
    }

    /** Standard diagnostic number, e.g. 10 (query syntax), 16 (unsupported index), -1 for non-standard URIs. */
    public int code() {
        return diagnostic().code();
    }
}
