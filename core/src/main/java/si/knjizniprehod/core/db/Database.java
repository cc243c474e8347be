package si.knjizniprehod.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Map;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The gateway's database: a pooled DataSource on H2 (file, PostgreSQL mode) or PostgreSQL,
 * migrated by Flyway on open. The same migrations run on both.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The embedded default: an H2 file database under the data directory. */
    public static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
                // Statements are kept by StatementCache. H2's own per-session query cache would only add work:
                // every insert or update walks all its cached queries to invalidate their results.
                + ";QUERY_CACHE_SIZE=0;OPTIMIZE_REUSE_RESULTS=FALSE"
                // No background compaction: under load it rewrote old pages all day (StoreCompaction runs at night).
                + ";AUTO_COMPACT_FILL_RATE=0";
    }

    public static Database open(String url, String user, String password, int poolSize) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(poolSize);
        cfg.setAutoCommit(false);
        cfg.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        cfg.setPoolName("gateway-db");
        cfg.setConnectionTimeout(5_000);
        cfg.setInitializationFailTimeout(10_000);
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .placeholders(Map.of("identityCache", url.startsWith("jdbc:h2:") ? "10000" : "1"))
                    .load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in one transaction: commit on return, roll back on any exception. */
    public <T> T inTransaction(TxWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** True when a connection can be had and answers a trivial query. */
    public boolean isUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public String productName() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unreachable";
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @FunctionalInterface
    public interface TxWork<T> {
        T run(Connection c) throws SQLException;
    }
}
