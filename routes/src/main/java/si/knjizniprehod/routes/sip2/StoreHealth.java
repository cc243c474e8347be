package si.knjizniprehod.routes.sip2;

import si.knjizniprehod.core.db.Database;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A cached "is the database reachable" flag, refreshed in the background, so SIP2 can ask it on
 * every message for free (outage mode, AJ 12).
 */
public final class StoreHealth implements AutoCloseable {
    private final Database db;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-health");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean up = true;
    private volatile boolean forcedDown;

    public StoreHealth(Database db, long periodMillis) {
        this.db = db;
        timer.scheduleWithFixedDelay(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void check() {
        up = !forcedDown && db.isUp();
    }

    public boolean isUp() {
        return up && !forcedDown;
    }

    /** Operators (and tests) can declare an outage, e.g. during database maintenance. */
    public void setMaintenance(boolean maintenance) {
        forcedDown = maintenance;
        check();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
