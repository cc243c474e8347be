package si.knjizniprehod.bench.sip2;

/**
 * An open-loop terminal's send times: one message every interval, the terminals' schedules spread
 * evenly over one interval. The measured window restarts every schedule at its own start: when the
 * warm-up fell behind (a cold JIT answers slower than the offered rate), that backlog would otherwise
 * be charged to the window as latency, and the window would measure the warm-up instead.
 */
final class Schedule {
    private final long intervalNanos;
    private final long offsetNanos;
    private boolean started;
    private long origin;
    private long next;
    private long lagAtRestartNanos;

    Schedule(long intervalNanos, int terminalIndex) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + intervalNanos);
        }
        this.intervalNanos = intervalNanos;
        this.offsetNanos = (long) (intervalNanos * (terminalIndex * 0.618034 % 1.0));
    }

    /**
     * Starts the schedule at {@code origin}. A restart drops a backlog: a terminal whose next message was due
     * before {@code origin} starts afresh there, and how far behind it was at {@code nowNanos} is remembered;
     * a terminal on time keeps its slots, so the restart neither sends early nor charges a slot twice.
     */
    void startAt(long origin, long nowNanos) {
        boolean behind = !started || next - origin < 0;
        if (started) {
            lagAtRestartNanos = behind ? Math.max(0, nowNanos - next) : 0;
        }
        started = true;
        this.origin = origin;
        if (behind) {
            this.next = origin + offsetNanos;
        }
    }

    boolean startedAt(long origin) {
        return started && this.origin == origin;
    }

    /** How long from {@code nowNanos} until the next message is due; zero or less: it is due now. */
    long waitNanos(long nowNanos) {
        return next - nowNanos;
    }

    /** The scheduled time of the message sent now (latency counts from it); the next one is an interval later. */
    long take() {
        long t = next;
        next += intervalNanos;
        return t;
    }

    /** How far behind its old schedule the terminal was when the schedule was last restarted. */
    long lagAtRestartNanos() {
        return lagAtRestartNanos;
    }
}
