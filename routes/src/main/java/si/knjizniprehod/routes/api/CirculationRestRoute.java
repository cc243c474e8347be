package si.knjizniprehod.routes.api;

/** The circulation REST flow: check out, check in, renew, holds, payments, item information. */
public final class CirculationRestRoute extends ApiRouteBuilder {
    private final CirculationApi api;
    private final HealthApi health;

    public CirculationRestRoute(CirculationApi api, HealthApi health) {
        this.api = api;
        this.health = health;
    }

    @Override
    protected void routes() {
        rest("/api")
                .get("/health").to("direct:api-health")
                .post("/circulation/checkout").to("direct:api-checkout")
                .post("/circulation/checkin").to("direct:api-checkin")
                .post("/circulation/renew").to("direct:api-renew")
                .post("/circulation/renew-all").to("direct:api-renew-all")
                .post("/circulation/holds").to("direct:api-hold-place")
                .post("/circulation/holds/cancel").to("direct:api-hold-cancel")
                .post("/circulation/payments").to("direct:api-pay")
                .get("/circulation/items/{id}").to("direct:api-item-information");

        from("direct:api-health").routeId("api-health").bean(health, "health");
        from("direct:api-checkout").routeId("api-checkout").bean(api, "checkout");
        from("direct:api-checkin").routeId("api-checkin").bean(api, "checkin");
        from("direct:api-renew").routeId("api-renew").bean(api, "renew");
        from("direct:api-renew-all").routeId("api-renew-all").bean(api, "renewAll");
        from("direct:api-hold-place").routeId("api-hold-place").bean(api, "placeHold");
        from("direct:api-hold-cancel").routeId("api-hold-cancel").bean(api, "cancelHold");
        from("direct:api-pay").routeId("api-pay").bean(api, "pay");
        from("direct:api-item-information").routeId("api-item-information").bean(api, "itemInformation");
    }
}
