package si.knjizniprehod.core.db;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Runs the store compaction once a day at the configured local time, when the branches are closed.
 * Asked every minute; it runs in the hour after that time and only once per day, so a gateway started
 * in the afternoon waits for the next night instead of compacting under load, and a daylight-saving
 * change moves nothing.
 */
public final class QuietHourCompaction {
    private static final Duration WINDOW = Duration.ofHours(1);

    private final StoreCompaction compaction;
    private final Clock clock;
    private final LocalTime at;
    private final Duration budget;
    private LocalDate lastRun;

    public QuietHourCompaction(StoreCompaction compaction, Clock clock, LocalTime at, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("compaction budget must be positive: " + budget);
        }
        this.compaction = compaction;
        this.clock = clock;
        this.at = at;
        this.budget = budget;
    }

    /** Compacts if tonight's run is due; empty when it is not. */
    public synchronized Optional<StoreCompaction.Result> runIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        ZonedDateTime start = today.atTime(at).atZone(now.getZone());
        if (today.equals(lastRun) || now.isBefore(start) || !now.isBefore(start.plus(WINDOW))) {
            return Optional.empty();
        }
        lastRun = today;
        return Optional.of(compaction.compact(budget));
    }
}
