package si.knjizniprehod.routes.catalogue;

import org.apache.camel.builder.RouteBuilder;

/** {@code catalogue-harvest}: a timer that runs {@link CatalogueHarvester#harvest()} every period. */
public final class CatalogueHarvestRoute extends RouteBuilder {
    private final CatalogueHarvester harvester;
    private final long periodMs;
    private final long delayMs;

    public CatalogueHarvestRoute(CatalogueHarvester harvester, long periodMs, long delayMs) {
        this.harvester = harvester;
        this.periodMs = periodMs;
        this.delayMs = delayMs;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(org.apache.camel.LoggingLevel.WARN, "catalogue harvest failed: ${exception.message}");
        from("timer:catalogue-harvest?fixedRate=false&period=" + periodMs + "&delay=" + Math.max(1, delayMs))
                .routeId("catalogue-harvest")
                .bean(harvester, "harvest");
    }
}
