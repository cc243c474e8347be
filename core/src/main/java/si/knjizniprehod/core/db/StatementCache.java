package si.knjizniprehod.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each physical connection's prepared statements for reuse. H2 parses a {@code SELECT … FOR UPDATE}
 * again on every prepare (its own query cache skips them), which cost about a tenth of the gateway's
 * CPU under SIP2 load; PostgreSQL's driver turns a reused statement into a server-side prepared one.
 * The statements are prepared on the pool's underlying connection, so they outlive the pool's
 * checkout and close with the connection when the pool retires it.
 */
final class StatementCache {
    private static final Map<Connection, Map<String, PreparedStatement>> BY_CONNECTION = new ConcurrentHashMap<>();

    private StatementCache() {
    }

    static PreparedStatement prepare(Connection pooled, String sql, boolean generatedKeys) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class); // the pool's proxy gives its delegate, a driver itself
        Map<String, PreparedStatement> statements = BY_CONNECTION.get(physical);
        if (statements == null) {
            forgetClosedConnections(); // a new physical connection usually replaces a retired one
            statements = new Lru(); // used only by the thread that holds the connection
            BY_CONNECTION.put(physical, statements);
        }
        String key = generatedKeys ? "K" + sql : sql;
        PreparedStatement ps = statements.get(key);
        if (ps == null || ps.isClosed()) {
            ps = generatedKeys ? physical.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                    : physical.prepareStatement(sql);
            statements.put(key, ps);
        }
        return ps;
    }

    /** Bounded, because some SQL is built per call (IN lists): the least recently used statement is closed. */
    private static final class Lru extends LinkedHashMap<String, PreparedStatement> {
        private static final int MAX = 256;

        Lru() {
            super(64, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException e) {
                // the connection is gone: nothing left to release
            }
            return true;
        }
    }

    /** How many physical connections currently have statements kept (for tests). */
    static int connectionsKept() {
        return BY_CONNECTION.size();
    }

    /** How many statements are kept for the physical connection behind {@code pooled} (for tests). */
    static int statementsKept(Connection pooled) throws SQLException {
        Map<String, PreparedStatement> statements = BY_CONNECTION.get(pooled.unwrap(Connection.class));
        return statements == null ? 0 : statements.size();
    }

    private static void forgetClosedConnections() {
        BY_CONNECTION.keySet().removeIf(c -> {
            try {
                return c.isClosed();
            } catch (SQLException e) {
                return true;
            }
        });
    }
}
