package si.knjizniprehod.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answers already given, by operation and caller-supplied request id. */
public final class RequestLogRepository {
    /** The oldest answers given before a cutoff: parameters cutoff, limit. */
    public static final String OLDEST_BEFORE = "SELECT operation, request_id FROM request_log WHERE created_at < ? "
            + "ORDER BY created_at LIMIT ?";

    public Optional<String> find(Connection c, String operation, String requestId) throws SQLException {
        return Jdbc.queryOne(c, "SELECT response FROM request_log WHERE operation = ? AND request_id = ?",
                rs -> rs.getString(1), operation, requestId);
    }

    public void insert(Connection c, String operation, String requestId, String response, Instant at) throws SQLException {
        Jdbc.update(c, "INSERT INTO request_log (operation, request_id, response, created_at) VALUES (?, ?, ?, ?)",
                operation, requestId, response, at);
    }

    /**
     * Deletes up to {@code limit} answers given before {@code cutoff}; returns how many. Bounded so a
     * first purge over a long history runs as many short transactions, not one huge one.
     */
    public int deleteOlderThan(Connection c, Instant cutoff, int limit) throws SQLException {
        // the oldest keys through the created_at index, then those rows by primary key in one batch:
        // PostgreSQL has no DELETE … LIMIT, and H2 scanned the whole table for the IN (subquery) form
        List<Object[]> keys = Jdbc.query(c, OLDEST_BEFORE, rs -> new Object[] {rs.getString(1), rs.getString(2)},
                cutoff, limit);
        return Jdbc.batch(c, "DELETE FROM request_log WHERE operation = ? AND request_id = ?", keys);
    }
}
