package si.knjizniprehod.connectors.sru;

/** Connecting or reading the answer took longer than the configured timeout. Retriable. */
public class SruTimeoutException extends SruTransportException {
    private static final long serialVersionUID = 1L;

    public SruTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
