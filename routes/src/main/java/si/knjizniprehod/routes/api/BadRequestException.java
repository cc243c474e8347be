package si.knjizniprehod.routes.api;

/** Input the API cannot accept (malformed JSON, a missing field): answered 400. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
