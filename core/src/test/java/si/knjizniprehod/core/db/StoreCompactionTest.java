package si.knjizniprehod.core.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.knjizniprehod.core.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's H2 file does not compact itself; the nightly compaction gives the space back and keeps the data. */
class StoreCompactionTest {
    private static final int ROWS = 20_000;

    @Test
    void aChurnedFileShrinksAndKeepsEveryLiveRow(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(Database.h2FileUrl(dir), "sa", "", 2)) {
            StoreCompaction compaction = new StoreCompaction(db, 90, 1 << 20);
            assertThat(compaction.applies()).isTrue();
            churn(db);
            long liveSum = payloadLengths(db);
            Path file = dir.resolve("db").resolve("gateway.mv.db");
            long sizeBefore = Files.size(file);

            StoreCompaction.Result result = compaction.compact(Duration.ofMinutes(2));

            assertThat(result.applicable()).isTrue();
            assertThat(result.finished()).as("done within the budget: %s", result.summary()).isTrue();
            assertThat(result.fillBefore()).as("no background compaction: the dead rows' chunks stayed")
                    .isLessThan(60);
            assertThat(result.fillAfter()).as(result.summary()).isGreaterThanOrEqualTo(90);
            assertThat(result.bytesAfter()).as(result.summary()).isLessThan(result.bytesBefore() / 2);
            assertThat(Files.size(file)).as("the file itself is cut").isLessThan(sizeBefore / 2);
            assertThat(count(db)).isEqualTo(ROWS / 5);
            assertThat(payloadLengths(db)).isEqualTo(liveSum);
        }
        try (Database reopened = Database.open(Database.h2FileUrl(dir), "sa", "", 2)) {
            assertThat(count(reopened)).as("what was moved is there after a restart").isEqualTo(ROWS / 5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void otherDatabasesAreLeftAlone(TestDatabases kind) throws Exception {
        // H2 here is in memory, PostgreSQL vacuums by itself
        try (var t = kind.open(2)) {
            StoreCompaction compaction = new StoreCompaction(t.db(), 90, 1 << 20);
            assertThat(compaction.applies()).isFalse();
            StoreCompaction.Result result = compaction.compact(Duration.ofSeconds(5));
            assertThat(result.applicable()).isFalse();
            assertThat(result.summary()).contains("nothing to compact");
        }
    }

    /** 20,000 rows of 1 KB, each rewritten three times, then four in five deleted. */
    private static void churn(Database db) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE compaction_probe (id INT PRIMARY KEY, payload VARCHAR(2000))");
            }
            return null;
        });
        for (int round = 0; round < 4; round++) {
            String payload = String.valueOf((char) ('a' + round)).repeat(1_000);
            for (int from = 0; from < ROWS; from += 1_000) {
                int start = from;
                db.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("MERGE INTO compaction_probe KEY (id) VALUES (?, ?)")) {
                        for (int id = start; id < start + 1_000; id++) {
                            ps.setInt(1, id);
                            ps.setString(2, payload + id);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    return null;
                });
            }
        }
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM compaction_probe WHERE MOD(id, 5) <> 0");
                s.execute("CHECKPOINT");
                // H2 leaves chunks younger than 45 s alone; at night they are hours old, here milliseconds
                s.execute("SET RETENTION_TIME 0");
            }
            return null;
        });
    }

    private static int count(Database db) {
        return db.inTransaction(c -> single(c, "SELECT COUNT(*) FROM compaction_probe"));
    }

    private static int payloadLengths(Database db) {
        return db.inTransaction(c -> single(c, "SELECT SUM(LENGTH(payload)) FROM compaction_probe"));
    }

    private static int single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
