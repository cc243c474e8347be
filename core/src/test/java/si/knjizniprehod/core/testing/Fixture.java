package si.knjizniprehod.core.testing;

import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.circulation.OperationContext;
import si.knjizniprehod.core.demo.DemoData;
import si.knjizniprehod.core.policy.ProfileRegistry;
import si.knjizniprehod.core.security.PinHasher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A circulation core over a test database with the demo data, and a clock the test can move.
 * PIN hashing uses few iterations here: the tests check behaviour, not hash cost.
 */
public final class Fixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");

    private final TestDatabases.TestDatabase database;
    private final MutableClock clock;
    private final Circulation circulation;

    public Fixture(TestDatabases kind, LocalDate today) {
        this(kind, today, 8);
    }

    public Fixture(TestDatabases kind, LocalDate today, int poolSize) {
        this.database = kind.open(poolSize);
        this.clock = new MutableClock(today.atTime(10, 0).atZone(ZONE).toInstant());
        ProfileRegistry profiles = ProfileRegistry.bundled();
        PinHasher pins = new PinHasher(1_000);
        this.circulation = new Circulation(database.db(), profiles, clock, pins);
        new DemoData(database.db(), profiles, clock, pins).load();
    }

    public Circulation core() {
        return circulation;
    }

    public TestDatabases.TestDatabase database() {
        return database;
    }

    public void setToday(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZONE).toInstant());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static OperationContext at(String library) {
        return new OperationContext(library, null, null, "TEST");
    }

    public static OperationContext at(String library, String unit) {
        return new OperationContext(library, unit, null, "TEST");
    }

    @Override
    public void close() throws Exception {
        database.close();
    }

    /** A clock the test sets; readable from any thread. */
    public static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        public MutableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        public void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        public ZoneOffset offset() {
            return ZONE.getRules().getOffset(now.get());
        }
    }
}
