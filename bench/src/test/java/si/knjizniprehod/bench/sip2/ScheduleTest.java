package si.knjizniprehod.bench.sip2;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {
    private static final long MS = 1_000_000L;

    @Test
    void terminalsStartSpreadOverOneIntervalAndSendOneIntervalApart() {
        Schedule a = new Schedule(40 * MS, 0);
        Schedule b = new Schedule(40 * MS, 1);
        a.startAt(1_000 * MS, 1_000 * MS);
        b.startAt(1_000 * MS, 1_000 * MS);
        long firstA = a.take();
        long firstB = b.take();
        assertEquals(1_000 * MS, firstA);
        assertNotEquals(firstA, firstB);
        assertTrue(firstB > firstA && firstB < firstA + 40 * MS, "spread within one interval: " + firstB);
        assertEquals(firstA + 40 * MS, a.take());
        assertEquals(firstA + 80 * MS, a.take());
    }

    @Test
    void dueNowWhenBehindAndWaitsWhenAhead() {
        Schedule s = new Schedule(40 * MS, 0);
        s.startAt(0, 0);
        s.take();
        assertEquals(30 * MS, s.waitNanos(10 * MS));
        assertEquals(-60 * MS, s.waitNanos(100 * MS));
    }

    @Test
    void restartAtTheWindowDropsTheWarmUpBacklogAndSaysHowLargeItWas() {
        Schedule s = new Schedule(40 * MS, 0);
        s.startAt(0, 0);
        for (int i = 0; i < 10; i++) {
            s.take(); // the warm-up managed 10 sends; they were due at 0..360 ms
        }
        long window = 5_000 * MS; // 4.6 s after the 11th send fell due
        s.startAt(window, window);
        assertTrue(s.startedAt(window));
        assertEquals(4_600 * MS, s.lagAtRestartNanos());
        assertEquals(0, s.waitNanos(window));
        assertEquals(window, s.take(), "the first send of the window counts from the window, not from the backlog");
    }

    @Test
    void aTerminalOnTimeKeepsItsSlotsAcrossTheRestart() {
        Schedule s = new Schedule(40 * MS, 0);
        s.startAt(0, 0);
        s.take(); // due at 0; the next is due at 40 ms
        s.startAt(30 * MS, 30 * MS); // the window begins at 30 ms: this terminal is not behind
        assertTrue(s.startedAt(30 * MS));
        assertFalse(s.startedAt(0));
        assertEquals(0, s.lagAtRestartNanos());
        assertEquals(40 * MS, s.take(), "neither sent early nor charged from an earlier slot");
        assertEquals(80 * MS, s.take());
    }

    @Test
    void aClosedLoopHasNoSchedule() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(0, 3));
    }
}
