package si.knjizniprehod.bench.sip2;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Answers and the slowest answer per second of a measured window. p99 over the whole window cannot
 * tell a steady tail (every second a little slow) from a stall (one second where nothing came back);
 * this can, and it dates the stall so it can be matched with the server's GC or database logs.
 */
final class Timeline {
    private final long startNanos;
    private final AtomicLongArray answers;
    private final AtomicLongArray maxNanos;
    private final AtomicLongArray over20ms;
    /** The window's start on the wall clock, to match a slow second with the server's GC log. */
    private final Instant startedAt;

    Timeline(long startNanos, int seconds, Instant startedAt) {
        this.startNanos = startNanos;
        this.startedAt = startedAt;
        this.answers = new AtomicLongArray(seconds + 1);
        this.maxNanos = new AtomicLongArray(seconds + 1);
        this.over20ms = new AtomicLongArray(seconds + 1);
    }

    /** An answer that arrived at {@code nowNanos} after {@code latencyNanos}; answers outside the window are ignored. */
    void record(long nowNanos, long latencyNanos) {
        long s = (nowNanos - startNanos) / 1_000_000_000L;
        if (s < 0 || s >= answers.length()) {
            return;
        }
        int i = (int) s;
        answers.incrementAndGet(i);
        maxNanos.accumulateAndGet(i, latencyNanos, Math::max);
        if (latencyNanos > 20_000_000L) {
            over20ms.incrementAndGet(i);
        }
    }

    int seconds() {
        return answers.length();
    }

    long answers(int second) {
        return answers.get(second);
    }

    long over20ms(int second) {
        return over20ms.get(second);
    }

    double maxMillis(int second) {
        return maxNanos.get(second) / 1e6;
    }

    String render() {
        StringBuilder b = new StringBuilder("  timeline (second: answers, slowest, answers over 20 ms), second 0 began at "
                + startedAt + ":");
        for (int i = 0; i < answers.length(); i++) {
            b.append(String.format(Locale.ROOT, "%n    %3d s  %6d  %8.1f ms  %5d", i, answers(i), maxMillis(i), over20ms(i)));
        }
        return b.toString();
    }
}
