package si.knjizniprehod.core.db;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Compacts the embedded H2 file: rewrites half-empty chunks so that their space can be reused, then moves
 * chunks towards the start and truncates the file. The gateway's own H2 URL switches H2's background
 * compaction off ({@code AUTO_COMPACT_FILL_RATE=0}): under SIP2 load it re-read and rewrote old pages all day
 * (2 % of the gateway's CPU after 100 s of load, more as the file ages; bench/README.md). Space of chunks that
 * hold nothing live is reused without it; this catches up on the rest, at a quiet hour.
 * <p>
 * Work goes in steps of {@code stepBytes}, each under H2's store lock only for its own rewrite, so circulation
 * writes go on between steps. Other databases (PostgreSQL vacuums by itself) are left alone.
 */
public final class StoreCompaction {
    private final Database db;
    private final int targetFillRate;
    private final int stepBytes;

    /**
     * @param targetFillRate stop once this percentage of the chunks' bytes is live (H2 aims at 90 when idle)
     * @param stepBytes      how much to rewrite or move per step
     */
    public StoreCompaction(Database db, int targetFillRate, int stepBytes) {
        if (targetFillRate < 1 || targetFillRate > 100) {
            throw new IllegalArgumentException("target fill rate is a percentage, 1 to 100: " + targetFillRate);
        }
        if (stepBytes < 1 << 16) {
            throw new IllegalArgumentException("a compaction step should move at least 64 KB: " + stepBytes);
        }
        this.db = db;
        this.targetFillRate = targetFillRate;
        this.stepBytes = stepBytes;
    }

    /** What a compaction found and left; {@code applicable} is false for a database that is not an H2 file. */
    public record Result(boolean applicable, long bytesBefore, long bytesAfter, int fillBefore, int fillAfter,
                         int steps, boolean finished) {
        static Result notApplicable() {
            return new Result(false, 0, 0, 0, 0, 0, true);
        }

        /** One line for the log. */
        public String summary() {
            if (!applicable) {
                return "not an embedded H2 file: nothing to compact";
            }
            return String.format("database file compacted in %d steps: %,d → %,d bytes, chunks %d → %d %% live%s",
                    steps, bytesBefore, bytesAfter, fillBefore, fillAfter,
                    finished ? "" : " (the time budget ran out; the rest waits for the next night)");
        }
    }

    /** True when the database is an embedded H2 file, the only kind this compacts. */
    public boolean applies() {
        try (Connection c = db.dataSource().getConnection()) {
            return writableFileStore(c) != null;
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Compacts until the target fill rate is reached or the budget is spent, whichever comes first. */
    public Result compact(Duration budget) {
        try (Connection c = db.dataSource().getConnection()) {
            MVStore store = writableFileStore(c);
            return store == null ? Result.notApplicable() : compact(store, System.nanoTime() + budget.toNanos());
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private Result compact(MVStore store, long deadline) {
        FileStore<?> file = store.getFileStore();
        long bytesBefore = file.size();
        int fillBefore = file.getChunksFillRate();
        int steps = 0;
        boolean finished = false;
        while (System.nanoTime() - deadline < 0) {
            // compact(…) answers false once the chunks are at least targetFillRate live
            boolean rewrote = store.compact(targetFillRate, stepBytes);
            // store what was rewritten as a new chunk, so that the chunks it came from are free at the next step
            store.commit();
            store.sync();
            if (file instanceof RandomAccessStore random) {
                // 100: move chunks whatever the file's fill rate; what was freed at the end is cut off
                random.compactMoveChunks(100, stepBytes, store);
            }
            steps++;
            if (!rewrote) {
                finished = true;
                break;
            }
        }
        return new Result(true, bytesBefore, file.size(), fillBefore, file.getChunksFillRate(), steps, finished);
    }

    /**
     * The MVStore behind an embedded H2 file connection; null for anything else (PostgreSQL, H2 over TCP,
     * in memory or read-only).
     */
    private static MVStore writableFileStore(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)
                || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || session.getDatabase().getStore() == null) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null || store.getFileStore().isReadOnly() ? null : store;
    }
}
