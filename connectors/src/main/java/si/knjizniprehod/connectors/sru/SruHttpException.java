package si.knjizniprehod.connectors.sru;

/** The server answered with an HTTP error status and no SRU diagnostics. 5xx is retriable, 4xx is not. */
public class SruHttpException extends SruException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public SruHttpException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    @Override
    public boolean isRetriable() {
        return status >= 500;
    }
}
