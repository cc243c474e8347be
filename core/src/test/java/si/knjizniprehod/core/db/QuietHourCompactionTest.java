package si.knjizniprehod.core.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import si.knjizniprehod.core.testing.Fixture;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHourCompactionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 24); // the night after is the end of summer time

    @Test
    void runsOncePerNightInTheHourAfterItsTimeAndNeverInTheDay(@TempDir Path dir) {
        Fixture.MutableClock clock = new Fixture.MutableClock(at(DAY, "10:00"));
        try (Database db = Database.open(Database.h2FileUrl(dir), "sa", "", 2)) {
            QuietHourCompaction nightly = new QuietHourCompaction(new StoreCompaction(db, 90, 1 << 20), clock,
                    LocalTime.of(3, 30), Duration.ofSeconds(30));

            assertThat(nightly.runIfDue()).as("started in the day: waits for the night").isEmpty();
            clock.set(at(DAY.plusDays(1), "03:29"));
            assertThat(nightly.runIfDue()).isEmpty();
            clock.set(at(DAY.plusDays(1), "03:30"));
            assertThat(nightly.runIfDue()).hasValueSatisfying(r -> assertThat(r.applicable()).isTrue());
            clock.set(at(DAY.plusDays(1), "03:31"));
            assertThat(nightly.runIfDue()).as("once a night").isEmpty();
            clock.set(at(DAY.plusDays(2), "04:29"));
            assertThat(nightly.runIfDue()).as("the next night, late in the window").isPresent();
            clock.set(at(DAY.plusDays(3), "04:30"));
            assertThat(nightly.runIfDue()).as("the window is one hour: a missed night is skipped").isEmpty();
            clock.set(at(DAY.plusDays(3), "23:59"));
            assertThat(nightly.runIfDue()).isEmpty();
        }
    }

    private static java.time.Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(Fixture.ZONE).toInstant();
    }
}
