package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.db.RequestLogRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets stored answers once no caller can still repeat the request. A self-check machine repeats
 * within seconds and a REST client within its retry window, so keeping every answer for ever only
 * grows the table (and the personal data in it) by one row per circulation write.
 */
public final class IdempotencyRetention {
    private final RequestLogRepository requests = new RequestLogRepository();
    private final Database db;
    private final Clock clock;
    private final Duration retention;
    private final int batchSize;

    public IdempotencyRetention(Database db, Clock clock, Duration retention, int batchSize) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("idempotency retention must be positive: " + retention);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.db = db;
        this.clock = clock;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    /** Deletes answers older than the retention, batch by batch, each in its own transaction; returns how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = db.inTransaction(c -> requests.deleteOlderThan(c, cutoff, batchSize));
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
