package si.knjizniprehod.routes.maintenance;

import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.LogDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.db.QuietHourCompaction;
import si.knjizniprehod.core.db.StoreCompaction;
import si.knjizniprehod.core.testing.Fixture;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The route asks often, the database file is compacted once a night, and the log says what it did. */
class StoreCompactionRouteTest {

    @Test
    void manyChecksInTheNightWindowCompactOnce(@TempDir Path dir) throws Exception {
        Fixture.MutableClock clock = new Fixture.MutableClock(
                LocalDateTime.of(2026, 12, 3, 3, 35).atZone(Fixture.ZONE).toInstant());
        try (Database db = Database.open(Database.h2FileUrl(dir), "sa", "", 2);
             DefaultCamelContext camel = new DefaultCamelContext()) {
            QuietHourCompaction nightly = new QuietHourCompaction(new StoreCompaction(db, 90, 1 << 20), clock,
                    LocalTime.of(3, 30), Duration.ofSeconds(30));
            camel.addRoutes(new StoreCompactionRoute(nightly, 50));
            AdviceWith.adviceWith(camel, "store-compaction",
                    a -> a.weaveByType(LogDefinition.class).after().to("mock:logged"));
            MockEndpoint logged = camel.getEndpoint("mock:logged", MockEndpoint.class);
            logged.expectedMessageCount(1);
            NotifyBuilder checks = new NotifyBuilder(camel).fromRoute("store-compaction").whenDone(6).create();
            camel.start();

            assertThat(checks.matches(20, TimeUnit.SECONDS)).as("the timer keeps asking").isTrue();
            logged.assertIsSatisfied();
            assertThat(logged.getExchanges().get(0).getMessage().getBody(String.class))
                    .startsWith("database file compacted in ");
        }
    }
}
