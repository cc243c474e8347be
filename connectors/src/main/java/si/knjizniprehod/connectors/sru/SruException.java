package si.knjizniprehod.connectors.sru;

/** Base of every error the SRU client throws. Unchecked: callers map them to their own protocol answers. */
public class SruException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SruException(String message) {
        super(message);
    }

    public SruException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether trying the same request again may succeed (I/O errors, timeouts, HTTP 5xx). */
    public boolean isRetriable() {
        return false;
    }
}
