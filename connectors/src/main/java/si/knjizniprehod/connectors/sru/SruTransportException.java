package si.knjizniprehod.connectors.sru;

/** The request did not get an answer: connection refused or reset, DNS, I/O error. Retriable. */
public class SruTransportException extends SruException {
    private static final long serialVersionUID = 1L;

    public SruTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
