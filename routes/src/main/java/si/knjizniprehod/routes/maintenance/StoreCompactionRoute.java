package si.knjizniprehod.routes.maintenance;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import si.knjizniprehod.core.db.QuietHourCompaction;

/** {@code store-compaction}: asks every minute whether tonight's compaction of the embedded H2 file is due. */
public final class StoreCompactionRoute extends RouteBuilder {
    private final QuietHourCompaction compaction;
    private final long checkEveryMs;

    public StoreCompactionRoute(QuietHourCompaction compaction) {
        this(compaction, 60_000);
    }

    StoreCompactionRoute(QuietHourCompaction compaction, long checkEveryMs) {
        this.compaction = compaction;
        this.checkEveryMs = checkEveryMs;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(LoggingLevel.WARN, "compacting the database file failed, next try tomorrow: ${exception.message}");
        from("timer:store-compaction?fixedRate=false&delay=" + checkEveryMs + "&period=" + checkEveryMs)
                .routeId("store-compaction")
                .bean(compaction, "runIfDue")
                .filter(simple("${body.isPresent()}"))
                .transform(simple("${body.get().summary()}"))
                .log(LoggingLevel.INFO, "${body}");
    }
}
