package si.knjizniprehod.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Answers already given, by operation and caller-supplied request id. */
public final class RequestLogRepository {

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
        return Jdbc.update(c, "DELETE FROM request_log WHERE (operation, request_id) IN "
                + "(SELECT operation, request_id FROM request_log WHERE created_at < ? LIMIT ?)", cutoff, limit);
    }
}
