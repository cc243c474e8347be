package si.knjizniprehod.bench.sip2;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void answersFallInTheSecondTheyArriveInWithTheSlowestKept() {
        Timeline t = new Timeline(100 * S, 3, Instant.EPOCH);
        t.record(100 * S + 10 * MS, 2 * MS);
        t.record(100 * S + 900 * MS, 7 * MS);
        t.record(101 * S + 5 * MS, 350 * MS);
        t.record(101 * S + 6 * MS, 21 * MS);

        assertThat(t.answers(0)).isEqualTo(2);
        assertThat(t.maxMillis(0)).isEqualTo(7.0);
        assertThat(t.over20ms(0)).isZero();
        assertThat(t.answers(1)).isEqualTo(2);
        assertThat(t.maxMillis(1)).isEqualTo(350.0);
        assertThat(t.over20ms(1)).isEqualTo(2);
        assertThat(t.answers(2)).isZero();
    }

    @Test
    void answersBeforeOrLongAfterTheWindowAreNotCounted() {
        Timeline t = new Timeline(100 * S, 2, Instant.EPOCH);
        t.record(99 * S, MS);
        t.record(110 * S, MS);

        assertThat(t.seconds()).isEqualTo(3);
        for (int i = 0; i < t.seconds(); i++) {
            assertThat(t.answers(i)).isZero();
        }
    }

    @Test
    void renderShowsAStalledSecond() {
        Timeline t = new Timeline(0, 1, Instant.EPOCH);
        t.record(500 * MS, 2_988 * MS);

        assertThat(t.render()).contains("0 s").contains("2988.0 ms");
    }
}
