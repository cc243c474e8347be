package si.knjizniprehod.core.circulation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.core.db.RequestLogRepository;
import si.knjizniprehod.core.policy.Reason;
import si.knjizniprehod.core.testing.Fixture;
import si.knjizniprehod.core.testing.Refusals;
import si.knjizniprehod.core.testing.TestDatabases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyRetentionTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void answersOlderThanTheRetentionAreForgottenAndNewerOnesStillReplay(TestDatabases kind) throws Exception {
        try (Fixture f = new Fixture(kind, MONDAY, 4)) {
            OperationContext monday = new OperationContext("RI", null, "old-1", "TEST");
            f.core().circulation().checkout(monday, "RI0001", "RI1001");
            Instant longAgo = Instant.parse("2026-10-01T08:00:00Z");
            for (int i = 0; i < 7; i++) {
                storeAnswer(f, "older-" + i, longAgo);
            }
            f.setToday(MONDAY.plusDays(3));
            OperationContext thursday = new OperationContext("RI", null, "new-1", "TEST");
            Results.CheckoutResult first = f.core().circulation().checkout(thursday, "RI0002", "RI1002");

            IdempotencyRetention retention = new IdempotencyRetention(f.core().database(), f.core().clock(),
                    Duration.ofDays(2), 3);
            assertThat(retention.purge()).isEqualTo(8); // 8 old answers in batches of 3, 3 and 2
            assertThat(requestIds(f)).containsExactly("new-1");
            assertThat(retention.purge()).isZero();

            // within the retention a repeated request still gets its first answer and changes nothing
            assertThat(f.core().circulation().checkout(thursday, "RI0002", "RI1002")).isEqualTo(first);
            // a forgotten request id is a new request: the item it lent is still on loan
            Refusals.assertRefused(() -> f.core().circulation().checkout(monday, "RI0001", "RI1001"), Reason.ITEM_ON_LOAN);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aBatchExactlyFullIsFollowedByAnEmptyOne(TestDatabases kind) throws Exception {
        try (Fixture f = new Fixture(kind, MONDAY, 2)) {
            Instant old = Instant.parse("2026-10-01T08:00:00Z");
            for (int i = 0; i < 4; i++) {
                storeAnswer(f, "r-" + i, old);
            }
            Clock clock = f.core().clock();
            assertThat(new IdempotencyRetention(f.core().database(), clock, Duration.ofHours(1), 2).purge()).isEqualTo(4);
            assertThat(requestIds(f)).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void thePurgeFindsOldAnswersThroughTheirAgeIndexNotByScanningTheTable() throws Exception {
        try (Fixture f = new Fixture(TestDatabases.H2, MONDAY, 2)) {
            String plan = f.core().database().inTransaction(c -> Jdbc.queryOne(c,
                    "EXPLAIN " + RequestLogRepository.OLDEST_BEFORE,
                    rs -> rs.getString(1), Instant.EPOCH, 10)).orElseThrow();
            assertThat(plan).containsIgnoringCase("REQUEST_LOG_CREATED").doesNotContainIgnoringCase("tableScan");
        }
    }

    /** An answer stored directly, as if given at {@code at}. */
    private static void storeAnswer(Fixture f, String requestId, Instant at) {
        f.core().database().inTransaction(c -> Jdbc.update(c,
                "INSERT INTO request_log (operation, request_id, response, created_at) VALUES ('checkout', ?, '{}', ?)",
                requestId, at));
    }

    private static List<String> requestIds(Fixture f) {
        return f.core().database().inTransaction(c -> Jdbc.query(c,
                "SELECT request_id FROM request_log ORDER BY request_id", rs -> rs.getString(1)));
    }
}
