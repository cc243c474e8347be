package si.knjizniprehod.core.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.knjizniprehod.core.testing.TestDatabases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Upgrades keep the events the broker does not have yet, and only those. */
class OutboxUpgradeTest {
    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-11-20T10:00:00Z"));

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void upgradingKeepsPendingEventsAndDropsPublishedOnes(TestDatabases kind) throws Exception {
        try (var t = kind.open(2)) {
            String user = userOf(kind);
            migrateAfresh(t.url(), user, "3");
            try (Connection c = DriverManager.getConnection(t.url(), user, "");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (event_id, event_type, library_id, "
                         + "payload, created_at, published_at) VALUES (?, 'CHECKOUT', 'RI', '{}', ?, ?)")) {
                for (String[] e : List.of(new String[] {"sent-1", "yes"}, new String[] {"waiting-1", null},
                        new String[] {"sent-2", "yes"}, new String[] {"waiting-2", null})) {
                    ps.setString(1, e[0]);
                    ps.setTimestamp(2, AT);
                    ps.setTimestamp(3, e[1] == null ? null : AT);
                    ps.executeUpdate();
                }
            }
            try (Database upgraded = Database.open(t.url(), user, "", 2)) {
                OutboxRepository outbox = new OutboxRepository();
                List<OutboxRepository.Event> pending = upgraded.inTransaction(c -> outbox.pending(c, 10));
                assertThat(pending).extracting(OutboxRepository.Event::eventId).containsExactly("waiting-1", "waiting-2");
                upgraded.inTransaction(c -> {
                    outbox.append(c, "after-upgrade", "CHECKIN", "RI", "{}", Instant.now());
                    return null;
                });
                List<OutboxRepository.Event> after = upgraded.inTransaction(c -> outbox.pending(c, 10));
                assertThat(after).extracting(OutboxRepository.Event::eventId).as("new events queue behind the old ones")
                        .containsExactly("waiting-1", "waiting-2", "after-upgrade");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void droppingTheEventIdConstraintKeepsPendingEventsInOrder(TestDatabases kind) throws Exception {
        try (var t = kind.open(2)) {
            String user = userOf(kind);
            migrateAfresh(t.url(), user, "6");
            try (Connection c = DriverManager.getConnection(t.url(), user, "")) {
                assertThat(uniqueConstraintsOnOutbox(c)).as("V1 made event_id unique").isEqualTo(1);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (event_id, event_type, "
                        + "library_id, payload, created_at) VALUES (?, 'CHECKOUT', 'RI', '{}', ?)")) {
                    for (String id : List.of("waiting-1", "waiting-2")) {
                        ps.setString(1, id);
                        ps.setTimestamp(2, AT);
                        ps.executeUpdate();
                    }
                }
            }
            try (Database upgraded = Database.open(t.url(), user, "", 2)) {
                OutboxRepository outbox = new OutboxRepository();
                upgraded.inTransaction(c -> {
                    outbox.append(c, "after-upgrade", "CHECKIN", "RI", "{}", Instant.now());
                    return null;
                });
                List<OutboxRepository.Event> pending = upgraded.inTransaction(c -> outbox.pending(c, 10));
                assertThat(pending).extracting(OutboxRepository.Event::eventId)
                        .containsExactly("waiting-1", "waiting-2", "after-upgrade");
                int unique = upgraded.inTransaction(OutboxUpgradeTest::uniqueConstraintsOnOutbox);
                assertThat(unique).as("V7 dropped it").isZero();
            }
        }
    }

    private static String userOf(TestDatabases kind) {
        return kind == TestDatabases.H2 ? "sa" : TestDatabases.PG_USER;
    }

    /** An installation left at an older schema version. */
    private static void migrateAfresh(String url, String user, String targetVersion) {
        Flyway old = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .placeholders(Map.of("identityCache", "1")).cleanDisabled(false).target(targetVersion).load();
        old.clean();
        old.migrate();
    }

    private static int uniqueConstraintsOnOutbox(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.table_constraints "
                + "WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = 'outbox_event' "
                + "AND constraint_type = 'UNIQUE'");
             var rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
