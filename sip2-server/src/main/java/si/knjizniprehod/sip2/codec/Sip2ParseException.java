package si.knjizniprehod.sip2.codec;

/** Thrown for any malformed SIP2 input: the server answers it with 96 (request SC resend). */
public class Sip2ParseException extends Exception {
    public enum Kind { EMPTY, BAD_CODE, UNKNOWN_CODE, TOO_SHORT, BAD_FIXED_FIELD, BAD_CHECKSUM, BAD_CHARSET, TOO_LONG }

    private final Kind kind;

    public Sip2ParseException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
