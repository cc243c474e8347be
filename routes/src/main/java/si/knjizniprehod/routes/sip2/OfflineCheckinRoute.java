package si.knjizniprehod.routes.sip2;

import org.apache.camel.builder.RouteBuilder;
import si.knjizniprehod.core.db.DataAccessException;

/**
 * Returns taken during an outage: SIP2 puts them on a durable queue; one transacted consumer applies
 * them in order, retrying while the database is still away (the message stays on the queue until
 * the check-in has committed).
 */
public final class OfflineCheckinRoute extends RouteBuilder {
    public static final String INTAKE = "direct:sip2-offline-checkin";
    private final OfflineCheckinApplier applier;

    public OfflineCheckinRoute(OfflineCheckinApplier applier) {
        this.applier = applier;
    }

    @Override
    public void configure() {
        from(INTAKE).routeId("sip2-offline-checkin-intake")
                .to("jms:queue:sip2.offline-checkins?deliveryPersistent=true");

        from("jms:queue:sip2.offline-checkins?transacted=true&concurrentConsumers=1")
                .routeId("sip2-offline-checkin-apply")
                .onException(DataAccessException.class)
                    .maximumRedeliveries(-1).redeliveryDelay(2000).retryAttemptedLogLevel(org.apache.camel.LoggingLevel.DEBUG)
                .end()
                .bean(applier, "apply");
    }
}
