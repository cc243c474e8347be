package si.knjizniprehod.core.testing;

import si.knjizniprehod.core.db.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The two databases every store test runs on: a fresh in-memory H2 in PostgreSQL mode and a fresh
 * database on the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust auth), dropped on close.
 * Set {@code -Dgateway.test.pg.url=...} to use another server.
 */
public enum TestDatabases {
    H2, POSTGRESQL;

    public static final String PG_ADMIN_URL = System.getProperty("gateway.test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String PG_USER = System.getProperty("gateway.test.pg.user", "postgres");

    /** A migrated, empty database; closing it drops the PostgreSQL database again. */
    public TestDatabase open(int poolSize) {
        String name = "gw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (this == H2) {
            String url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "LOCK_TIMEOUT=20000;DB_CLOSE_DELAY=-1";
            return new TestDatabase(Database.open(url, "sa", "", poolSize), () -> {
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }, url);
        }
        admin("CREATE DATABASE " + name);
        String url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
        return new TestDatabase(Database.open(url, PG_USER, "", poolSize),
                () -> admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"), url);
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_ADMIN_URL + " is needed for this test (.ci/run starts it): "
                    + e.getMessage(), e);
        }
    }

    public static final class TestDatabase implements AutoCloseable {
        private final Database db;
        private final Cleanup cleanup;
        private final String url;

        TestDatabase(Database db, Cleanup cleanup, String url) {
            this.db = db;
            this.cleanup = cleanup;
            this.url = url;
        }

        public Database db() {
            return db;
        }

        public String url() {
            return url;
        }

        @Override
        public void close() throws Exception {
            db.close();
            cleanup.run();
        }
    }

    @FunctionalInterface
    interface Cleanup {
        void run() throws Exception;
    }
}
