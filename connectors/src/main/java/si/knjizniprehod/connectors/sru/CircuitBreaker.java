package si.knjizniprehod.connectors.sru;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A small circuit breaker.
 * <ul>
 *   <li><b>CLOSED</b>: requests pass; {@code failureThreshold} consecutive failures open the circuit.</li>
 *   <li><b>OPEN</b>: requests are refused without being sent until {@code openDuration} has passed.</li>
 *   <li><b>HALF_OPEN</b>: exactly one trial request passes; success closes the circuit, failure opens it
 *       again for another {@code openDuration}. Other requests are refused while the trial runs.</li>
 * </ul>
 * A threshold of 0 disables the breaker. Thread-safe.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;
    private Throwable lastFailure;

    public CircuitBreaker(int failureThreshold, Duration openDuration) {
        this(failureThreshold, openDuration, System::nanoTime);
    }

    /** With an explicit clock (nanoseconds), for tests. */
    public CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoClock) {
        if (failureThreshold < 0) {
            throw new IllegalArgumentException("failureThreshold < 0");
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Current state (an OPEN circuit whose wait is over reports HALF_OPEN). */
    public synchronized State state() {
        if (state == State.OPEN && nanoClock.getAsLong() - openedAt >= openNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    /** Asks to send a request: true if it may go out. Every {@code true} must be followed by a report. */
    public synchronized boolean tryAcquire() {
        if (failureThreshold == 0) {
            return true;
        }
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanoClock.getAsLong() - openedAt >= openNanos) {
                    state = State.HALF_OPEN;
                    trialInFlight = true;
                    return true;
                }
                return false;
            case HALF_OPEN:
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    /** How long until a trial request will be let through (zero unless OPEN). */
    public synchronized Duration remainingOpen() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(0, openNanos - (nanoClock.getAsLong() - openedAt)));
    }

    /** The request reached the server and it answered sensibly (results or diagnostics). */
    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        trialInFlight = false;
        state = State.CLOSED;
    }

    /** The request failed in a way that says the server is unwell (I/O error, timeout, 5xx). */
    public synchronized void onFailure(Throwable failure) {
        lastFailure = failure;
        trialInFlight = false;
        if (failureThreshold == 0) {
            return;
        }
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
        }
    }

    /** The request ended without telling anything about the server's health (e.g. interrupted). */
    public synchronized void onIgnored() {
        trialInFlight = false;
    }

    public synchronized Throwable lastFailure() {
        return lastFailure;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }
}
