package si.knjizniprehod.routes.maintenance;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.core.circulation.OperationContext;
import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.routes.testing.RunningGateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The running gateway forgets stored answers past {@code gateway.idempotency.retention} on its own. */
class IdempotencyRetentionRouteTest {

    @Test
    void theGatewayPurgesAnswersPastTheRetentionAndKeepsRecentOnes() throws Exception {
        try (RunningGateway gw = new RunningGateway(Map.of(
                "gateway.idempotency.retention", "1h",
                "gateway.idempotency.purge.period", "300ms"))) {
            gw.gateway().circulation().circulation()
                    .checkout(new OperationContext("RI", null, "recent-1", "TEST"), "RI0001", "RI1001");
            Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
            gw.gateway().database().inTransaction(c -> Jdbc.update(c,
                    "INSERT INTO request_log (operation, request_id, response, created_at) VALUES ('checkout', 'stale-1', '{}', ?)",
                    twoHoursAgo));

            await().atMost(Duration.ofSeconds(20)).until(() -> requestIds(gw).equals(List.of("recent-1")));
        }
    }

    private static List<String> requestIds(RunningGateway gw) {
        return gw.gateway().database().inTransaction(c -> Jdbc.query(c,
                "SELECT request_id FROM request_log ORDER BY request_id", rs -> rs.getString(1)));
    }
}
