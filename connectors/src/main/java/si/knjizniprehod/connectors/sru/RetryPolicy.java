package si.knjizniprehod.connectors.sru;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff: retry {@code n} (1-based) waits
 * {@code min(initial * multiplier^(n-1), max)}. Only {@linkplain SruException#isRetriable() retriable}
 * failures (I/O errors, timeouts, HTTP 5xx) are retried; diagnostics and 4xx never are.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, double multiplier) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries < 0");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier < 1");
        }
    }

    public static RetryPolicy from(CatalogueConfig c) {
        return new RetryPolicy(c.maxRetries(), c.initialBackoff(), c.maxBackoff(), c.backoffMultiplier());
    }

    /** Wait before retry number {@code retry} (1 for the first retry). */
    public Duration backoff(int retry) {
        double ms = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        long capped = (long) Math.min(ms, (double) maxBackoff.toMillis());
        return Duration.ofMillis(Math.max(0, capped));
    }

    /** Whether a failure after {@code attemptsSoFar} attempts (1 after the first) should be retried. */
    public boolean shouldRetry(SruException failure, int attemptsSoFar) {
        return failure.isRetriable() && attemptsSoFar <= maxRetries;
    }
}
