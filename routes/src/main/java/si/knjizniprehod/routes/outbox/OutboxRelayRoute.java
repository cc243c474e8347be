package si.knjizniprehod.routes.outbox;

import org.apache.camel.builder.RouteBuilder;

/** Polls the outbox and relays committed circulation events to {@code circulation.events}. */
public final class OutboxRelayRoute extends RouteBuilder {
    private final OutboxRelay relay;

    public OutboxRelayRoute(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void configure() {
        from("timer:outbox-relay?delay=0&period={{gateway.outbox.poll.ms}}&synchronous=true")
                .routeId("outbox-relay")
                .bean(relay, "publishPending");
    }
}
