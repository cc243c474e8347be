package si.knjizniprehod.connectors.sru;

/** The answer was not a readable SRU response (not XML, wrong root element, bad numbers). Not retried. */
public class SruResponseException extends SruException {
    private static final long serialVersionUID = 1L;

    public SruResponseException(String message) {
        super(message);
    }

    public SruResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
