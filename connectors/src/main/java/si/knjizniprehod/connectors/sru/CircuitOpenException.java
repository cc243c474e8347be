package si.knjizniprehod.connectors.sru;

import java.time.Duration;

/** The circuit breaker is open after repeated failures; the request was not sent. */
public class CircuitOpenException extends SruException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public CircuitOpenException(String target, Duration retryAfter, Throwable lastFailure) {
        super("catalogue " + target + " is unavailable (circuit open after repeated failures); next try in "
                + Math.max(0, retryAfter.toMillis()) + " ms", lastFailure);
        this.retryAfter = retryAfter;
    }

    /** Roughly how long until the breaker lets a trial request through. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
