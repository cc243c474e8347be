package si.knjizniprehod.routes.maintenance;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import si.knjizniprehod.core.circulation.IdempotencyRetention;

/** {@code idempotency-retention}: forgets stored answers older than the retention, every period. */
public final class IdempotencyRetentionRoute extends RouteBuilder {
    private final IdempotencyRetention retention;
    private final long periodMs;

    public IdempotencyRetentionRoute(IdempotencyRetention retention, long periodMs) {
        this.retention = retention;
        this.periodMs = periodMs;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(LoggingLevel.WARN, "purging stored answers failed, next try in one period: ${exception.message}");
        from("timer:idempotency-retention?fixedRate=false&delay=" + Math.min(periodMs, 60_000) + "&period=" + periodMs)
                .routeId("idempotency-retention")
                .bean(retention, "purge")
                .filter(body().isGreaterThan(0))
                .log(LoggingLevel.INFO, "forgot ${body} stored answers past the idempotency retention");
    }
}
