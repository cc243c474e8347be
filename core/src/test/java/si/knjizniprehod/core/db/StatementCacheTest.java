package si.knjizniprehod.core.db;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.knjizniprehod.core.testing.TestDatabases;

import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCacheTest {
    private static final String LOCK = "SELECT id FROM item WHERE id = ? FOR UPDATE";

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aStatementIsReusedAcrossTransactionsAndPreparedAgainOnANewConnection(TestDatabases kind) throws Exception {
        try (var t = kind.open(2)) {
            PreparedStatement first = t.db().inTransaction(c -> StatementCache.prepare(c, LOCK, false));
            PreparedStatement again = t.db().inTransaction(c -> StatementCache.prepare(c, LOCK, false));
            assertThat(again).as("same pooled connection, same statement").isSameAs(first);

            // the pool retires its connection (as it does after maxLifetime): the kept statements go with it
            ((HikariDataSource) t.db().dataSource()).getHikariPoolMXBean().softEvictConnections();
            waitUntilRetired(first); // Hikari closes retired connections on its own thread
            var none = t.db().inTransaction(c -> Jdbc.queryOne(c, LOCK, rs -> rs.getString(1), "none"));
            PreparedStatement fresh = t.db().inTransaction(c -> StatementCache.prepare(c, LOCK, false));
            assertThat(none).isEmpty();
            assertThat(fresh).isNotSameAs(first);
            assertThat(fresh.isClosed()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void closedConnectionsAreForgotten(TestDatabases kind) throws Exception {
        try (var t = kind.open(2)) {
            t.db().inTransaction(c -> StatementCache.prepare(c, LOCK, false));
            for (int i = 0; i < 3; i++) {
                ((HikariDataSource) t.db().dataSource()).getHikariPoolMXBean().softEvictConnections();
                t.db().inTransaction(c -> Jdbc.query(c, LOCK, rs -> rs.getString(1), "x"));
            }
            // a new physical connection sweeps out the retired ones: only the pool's two live connections stay
            assertThat(StatementCache.connectionsKept()).isLessThanOrEqualTo(2);
        }
    }

    private static void waitUntilRetired(PreparedStatement ps) throws Exception {
        for (int i = 0; i < 100 && !ps.getConnection().isClosed(); i++) {
            Thread.sleep(50);
        }
        assertThat(ps.getConnection().isClosed()).as("its connection retired").isTrue();
    }
}
