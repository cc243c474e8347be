package si.knjizniprehod.routes.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.knjizniprehod.core.circulation.OperationContext;
import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.core.db.OutboxRepository;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.testing.TestDatabases;
import si.knjizniprehod.routes.Gateway;
import si.knjizniprehod.routes.broker.EmbeddedBroker;
import si.knjizniprehod.routes.config.GatewayConfig;
import si.knjizniprehod.routes.testing.RunningGateway;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every committed circulation event reaches the {@code circulation.events} topic exactly once,
 * also when the broker stops during a burst and when the relay re-sends after a crash.
 * Runs on the embedded H2 database and on PostgreSQL.
 */
class CirculationEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> dbConfig(TestDatabases kind, TestDatabases.TestDatabase db) {
        Map<String, String> cfg = new HashMap<>();
        if (kind == TestDatabases.POSTGRESQL) {
            cfg.put("gateway.db.url", db.url());
            cfg.put("gateway.db.user", TestDatabases.PG_USER);
        }
        return cfg;
    }

    /** A durable subscription, so messages sent while the test is not connected are kept for it. */
    private static void subscribe(RunningGateway gw) throws Exception {
        try (Connection c = factory(gw).createConnection()) {
            c.setClientID("events-test");
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            s.createDurableSubscriber(s.createTopic(EmbeddedBroker.EVENTS_ADDRESS), "events-test").close();
        }
    }

    private static List<JsonNode> drain(RunningGateway gw) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Connection c = factory(gw).createConnection()) {
            c.setClientID("events-test");
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Topic t = s.createTopic(EmbeddedBroker.EVENTS_ADDRESS);
            MessageConsumer consumer = s.createDurableSubscriber(t, "events-test");
            Message m;
            while ((m = consumer.receive(1_500)) != null) {
                out.add(JSON.readTree(((TextMessage) m).getText()));
            }
        }
        return out;
    }

    private static ActiveMQConnectionFactory factory(RunningGateway gw) {
        return new ActiveMQConnectionFactory(gw.gateway().embeddedBroker().clientUrl());
    }

    /** What a crash between "sent" and "deleted from the outbox" leaves: the same events pending again. */
    private static void putBackInOutbox(RunningGateway gw, List<JsonNode> events) {
        OutboxRepository outbox = new OutboxRepository();
        gw.gateway().database().inTransaction(c -> {
            for (JsonNode e : events) {
                outbox.append(c, e.get("eventId").asText(), e.get("type").asText(), e.get("library").asText(),
                        e.toString(), Instant.parse(e.get("occurredAt").asText()));
            }
            return null;
        });
    }

    private static void awaitOutboxEmpty(RunningGateway gw) {
        await().atMost(Duration.ofSeconds(30)).until(() -> gw.gateway().outboxRelay().pendingCount() == 0);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aCheckoutCommitsOneRowAndExactlyOneMessage(TestDatabases kind) throws Exception {
        try (TestDatabases.TestDatabase db = kind == TestDatabases.POSTGRESQL ? kind.open(2) : null;
             RunningGateway gw = new RunningGateway(dbConfig(kind, db))) {
            subscribe(gw);
            var result = gw.gateway().circulation().circulation()
                    .checkout(new OperationContext("RI", null, "ev-1", "TEST"), "RI0001", "RI1001");
            awaitOutboxEmpty(gw);
            List<JsonNode> events = drain(gw);
            assertThat(events).hasSize(1);
            assertThat(events.get(0).get("type").asText()).isEqualTo("CHECKOUT");
            assertThat(events.get(0).get("loanId").asLong()).isEqualTo(result.loanId());
            assertThat(events.get(0).get("item").asText()).isEqualTo("RI1001");
            long loans = gw.gateway().database().inTransaction(c -> Jdbc.queryOne(c,
                    "SELECT COUNT(*) FROM loan", rs -> rs.getLong(1)).orElseThrow());
            assertThat(loans).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void brokerStopMidBurstAndRelayResendsLoseNothingAndDoubleNothing(TestDatabases kind) throws Exception {
        try (TestDatabases.TestDatabase db = kind == TestDatabases.POSTGRESQL ? kind.open(2) : null;
             RunningGateway gw = new RunningGateway(dbConfig(kind, db))) {
            subscribe(gw);
            int n = 40;
            for (int i = 0; i < n; i++) {
                gw.gateway().circulation().items().create(new Item("RA9" + (100 + i), "RA", "RA-RAV", "BURST-" + i,
                        "Burst " + i, null, "BOOK", Item.Collection.LENDING, Item.Audience.ADULT, false, null, false, 1,
                        ItemStatus.AVAILABLE, null));
            }
            EmbeddedBroker broker = gw.gateway().embeddedBroker();
            for (int i = 0; i < n; i++) {
                if (i == 10) {
                    broker.stop(); // checkouts go on: the events wait in the outbox
                }
                if (i == 30) {
                    broker.start();
                }
                gw.gateway().circulation().circulation()
                        .checkout(new OperationContext("RA", null, "burst-" + i, "TEST"), "RA0001", "RA9" + (100 + i));
            }
            awaitOutboxEmpty(gw);
            List<JsonNode> events = drain(gw);
            Set<String> ids = new HashSet<>();
            events.forEach(e -> ids.add(e.get("eventId").asText()));
            assertThat(events).as("one message per checkout, none lost, none doubled").hasSize(n);
            assertThat(ids).hasSize(n);
            assertThat(events).extracting(e -> e.get("requestId").asText())
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, n).mapToObj(i -> "burst-" + i).toList());

            // a crash between "sent" and "deleted from the outbox": the relay sends ten of them again
            putBackInOutbox(gw, events.subList(0, 10));
            awaitOutboxEmpty(gw);
            assertThat(drain(gw)).as("the broker dropped the re-sent copies").isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void theBrokerDropsResentEventsInsideItsDuplicateIdWindowAndOnlyThere() throws Exception {
        // window of 10 ids, batches of 5: a crash can re-send one batch, which the window covers twice over
        try (RunningGateway gw = new RunningGateway(Map.of("gateway.broker.embedded.id.cache.size", "10",
                "gateway.outbox.batch.size", "5", "gateway.sip2.enabled", "false"))) {
            subscribe(gw);
            for (int i = 0; i < 20; i++) {
                gw.gateway().circulation().items().create(new Item("KP9" + (100 + i), "KP", "KP-KOP", null,
                        "Okno " + i, null, "BOOK", Item.Collection.LENDING, Item.Audience.ADULT, false, null, false, 1,
                        ItemStatus.AVAILABLE, null));
                gw.gateway().circulation().circulation()
                        .checkout(new OperationContext("KP", null, "window-" + i, "TEST"), "KP0001", "KP9" + (100 + i));
            }
            awaitOutboxEmpty(gw);
            List<JsonNode> events = drain(gw);
            assertThat(events).hasSize(20);
            // the last batch again (inside the window): dropped; the first event again (ten ids back): delivered
            putBackInOutbox(gw, events.subList(15, 20));
            awaitOutboxEmpty(gw);
            assertThat(drain(gw)).as("re-sent inside the window").isEmpty();
            JsonNode first = events.get(0);
            putBackInOutbox(gw, List.of(first));
            awaitOutboxEmpty(gw);
            assertThat(drain(gw)).as("re-sent from outside the window").extracting(e -> e.get("eventId").asText())
                    .containsExactly(first.get("eventId").asText());
        }
    }

    @org.junit.jupiter.api.Test
    void aDuplicateIdWindowSmallerThanTwoRelayBatchesRefusesToStart(@TempDir Path dir) throws Exception {
        Gateway gateway = new Gateway(GatewayConfig.of(Map.of("gateway.data.dir", dir.toString(),
                "gateway.http.port", String.valueOf(RunningGateway.freePort()),
                "gateway.broker.embedded.id.cache.size", "9", "gateway.outbox.batch.size", "5",
                "gateway.sip2.enabled", "false")));
        try {
            assertThatThrownBy(gateway::start)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gateway.broker.embedded.id.cache.size (9)")
                    .hasMessageContaining("gateway.outbox.batch.size (5)");
        } finally {
            gateway.stop();
        }
    }

    @org.junit.jupiter.api.Test
    void aGatewayOnAnExternalBrokerPublishesThere() throws Exception {
        int tcp = RunningGateway.freePort();
        // the first gateway's embedded broker, opened on TCP, plays the external Artemis
        try (RunningGateway brokerHost = new RunningGateway(Map.of("gateway.broker.embedded.tcp.port", String.valueOf(tcp),
                "gateway.sip2.enabled", "false"))) {
            subscribe(brokerHost);
            try (RunningGateway client = new RunningGateway(Map.of("gateway.broker.url", "tcp://127.0.0.1:" + tcp,
                    "gateway.sip2.enabled", "false"))) {
                assertThat(client.get("/api/health").body()).contains("\"kind\":\"external\"").contains("\"status\":\"UP\"");
                client.gateway().circulation().circulation()
                        .checkout(new OperationContext("PO", null, "ext-1", "TEST"), "PO0001", "PO1001");
                await().atMost(Duration.ofSeconds(30)).until(() -> client.gateway().outboxRelay().pendingCount() == 0);
            }
            List<JsonNode> events = drain(brokerHost);
            assertThat(events).extracting(e -> e.get("item").asText()).containsExactly("PO1001");
        }
    }
}
