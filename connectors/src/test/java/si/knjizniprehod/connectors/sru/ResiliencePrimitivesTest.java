package si.knjizniprehod.connectors.sru;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** CircuitBreaker, TtlCache and RetryPolicy on a hand-driven clock. */
class ResiliencePrimitivesTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advanceMs(long ms) {
        now.addAndGet(ms * 1_000_000L);
    }

    @Test
    void breakerClosedOpenHalfOpenClosed() {
        CircuitBreaker b = new CircuitBreaker(2, Duration.ofMillis(100), now::get);
        assertThat(b.tryAcquire()).isTrue();
        b.onFailure(new RuntimeException("1"));
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(b.tryAcquire()).isTrue();
        b.onSuccess(); // success resets the count
        b.tryAcquire();
        b.onFailure(new RuntimeException("1"));
        b.tryAcquire();
        b.onFailure(new RuntimeException("2"));
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(b.tryAcquire()).isFalse();
        assertThat(b.remainingOpen()).isEqualTo(Duration.ofMillis(100));
        advanceMs(100);
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(b.tryAcquire()).as("one trial").isTrue();
        assertThat(b.tryAcquire()).as("only one trial at a time").isFalse();
        b.onFailure(new RuntimeException("trial"));
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.OPEN);
        advanceMs(100);
        assertThat(b.tryAcquire()).isTrue();
        b.onSuccess();
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(b.tryAcquire()).isTrue();
        assertThat(b.tryAcquire()).isTrue();
    }

    @Test
    void zeroThresholdDisablesTheBreaker() {
        CircuitBreaker b = new CircuitBreaker(0, Duration.ofMillis(100), now::get);
        for (int i = 0; i < 10; i++) {
            assertThat(b.tryAcquire()).isTrue();
            b.onFailure(new RuntimeException());
        }
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void cacheExpiresAndEvictsLeastRecentlyUsed() {
        TtlCache<String, String> c = new TtlCache<>(Duration.ofMillis(50), 2, now::get);
        c.put("a", "A");
        c.put("b", "B");
        assertThat(c.get("a")).isEqualTo("A"); // a is now most recently used
        c.put("c", "C");                       // evicts b
        assertThat(c.get("b")).isNull();
        assertThat(c.get("a")).isEqualTo("A");
        assertThat(c.size()).isEqualTo(2);
        advanceMs(50);
        assertThat(c.get("a")).isNull();
        assertThat(c.get("c")).isNull();
    }

    @Test
    void disabledCacheStoresNothing() {
        TtlCache<String, String> c = new TtlCache<>(Duration.ZERO, 10, now::get);
        c.put("a", "A");
        assertThat(c.get("a")).isNull();
        assertThat(c.enabled()).isFalse();
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        RetryPolicy p = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(350), 2.0);
        assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.backoff(3)).isEqualTo(Duration.ofMillis(350));
        SruException io = new SruTransportException("x", null);
        SruException diag = new SruDiagnosticException(java.util.List.of(new SruDiagnostic("info:srw/diagnostic/1/10", null, "x")));
        assertThat(p.shouldRetry(io, 1)).isTrue();
        assertThat(p.shouldRetry(io, 3)).isTrue();
        assertThat(p.shouldRetry(io, 4)).isFalse();
        assertThat(p.shouldRetry(diag, 1)).isFalse();
        assertThat(p.shouldRetry(new SruHttpException(503, "x"), 1)).isTrue();
        assertThat(p.shouldRetry(new SruHttpException(400, "x"), 1)).isFalse();
    }
}
