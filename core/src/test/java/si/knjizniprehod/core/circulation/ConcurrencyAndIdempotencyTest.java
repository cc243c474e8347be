package si.knjizniprehod.core.circulation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.Reason;
import si.knjizniprehod.core.testing.Fixture;
import si.knjizniprehod.core.testing.TestDatabases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyAndIdempotencyTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void fiftyThreadsCheckingOutOneItemMakeExactlyOneLoan(TestDatabases kind) throws Exception {
        try (Fixture f = new Fixture(kind, MONDAY, 20)) {
            List<String> members = List.of("RI0001", "RI0002", "RI0005", "KP0001", "KP0005");
            List<Callable<Object>> calls = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                String member = members.get(i % members.size());
                String library = member.substring(0, 2).equals("KP") ? "KP" : "RI";
                calls.add(() -> {
                    start.await();
                    try {
                        return f.core().circulation().checkout(Fixture.at("RI"), member, "RI1001");
                    } catch (CirculationRefusedException e) {
                        return e.reason();
                    }
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(50);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> c : calls) {
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> fu : futures) {
                outcomes.add(fu.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(outcomes).filteredOn(o -> o instanceof Results.CheckoutResult).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !(o instanceof Results.CheckoutResult))
                    .allSatisfy(o -> assertThat(o).isIn(Reason.ITEM_ON_LOAN, Reason.MEMBER_UNKNOWN));
            long loans = f.core().database().inTransaction(c -> Jdbc.queryOne(c,
                    "SELECT COUNT(*) FROM loan WHERE item_id = 'RI1001'", rs -> rs.getLong(1)).orElseThrow());
            long events = f.core().database().inTransaction(c -> Jdbc.queryOne(c,
                    "SELECT COUNT(*) FROM outbox_event WHERE event_type = 'CHECKOUT'", rs -> rs.getLong(1)).orElseThrow());
            assertThat(loans).isEqualTo(1);
            assertThat(events).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theSameRequestIdTwiceMakesOneLoanAndTheSameAnswer(TestDatabases kind) throws Exception {
        try (Fixture f = new Fixture(kind, MONDAY, 10)) {
            OperationContext ctx = new OperationContext("RI", null, "req-42", "TEST");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Results.CheckoutResult>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> f.core().circulation().checkout(ctx, "RI0001", "RI1005")));
            }
            List<Results.CheckoutResult> answers = new ArrayList<>();
            for (Future<Results.CheckoutResult> fu : futures) {
                answers.add(fu.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(answers).hasSize(8).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
            assertThat(answers.get(0).dueDate()).isEqualTo(MONDAY.plusDays(2));
            long loans = f.core().database().inTransaction(c -> Jdbc.queryOne(c,
                    "SELECT COUNT(*) FROM loan WHERE item_id = 'RI1005'", rs -> rs.getLong(1)).orElseThrow());
            assertThat(loans).isEqualTo(1);
            // a new request id is a new request: the item is on loan now
            OperationContext other = new OperationContext("RI", null, "req-43", "TEST");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> f.core().circulation().checkout(other, "RI0001", "RI1005"))
                    .isInstanceOfSatisfying(CirculationRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ITEM_ON_LOAN));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void eachCommittedOperationWritesOneLogRowAndOneOutboxEvent(TestDatabases kind) throws Exception {
        try (Fixture f = new Fixture(kind, MONDAY, 4)) {
            Results.CheckoutResult out = f.core().circulation().checkout(Fixture.at("RI"), "RI0001", "RI1001");
            f.core().circulation().renew(Fixture.at("RI"), "RI0001", "RI1001");
            f.core().circulation().checkin(Fixture.at("RI"), "RI1001");
            try {
                f.core().circulation().checkout(Fixture.at("RI"), "RI0003", "RI1001");
            } catch (CirculationRefusedException expected) {
                // refused: nothing may be written
            }
            List<String> types = f.core().database().inTransaction(c -> Jdbc.query(c,
                    "SELECT event_type FROM outbox_event ORDER BY seq", rs -> rs.getString(1)));
            List<String> ops = f.core().database().inTransaction(c -> Jdbc.query(c,
                    "SELECT operation FROM transaction_log ORDER BY id", rs -> rs.getString(1)));
            assertThat(types).containsExactly("CHECKOUT", "RENEW", "CHECKIN");
            assertThat(ops).containsExactly("CHECKOUT", "RENEW", "CHECKIN");
            String payload = f.core().database().inTransaction(c -> Jdbc.queryOne(c,
                    "SELECT payload FROM outbox_event WHERE event_type = 'CHECKOUT'", rs -> rs.getString(1)).orElseThrow());
            assertThat(payload).contains("\"loanId\":" + out.loanId()).contains("\"item\":\"RI1001\"");
        }
    }
}
