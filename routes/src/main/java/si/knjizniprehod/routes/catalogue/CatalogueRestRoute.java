package si.knjizniprehod.routes.catalogue;

import si.knjizniprehod.connectors.sru.CircuitOpenException;
import si.knjizniprehod.connectors.sru.SruDiagnosticException;
import si.knjizniprehod.connectors.sru.SruException;
import si.knjizniprehod.connectors.sru.SruTransportException;
import si.knjizniprehod.routes.api.ApiRouteBuilder;

/** The catalogue REST flow: {@code /api/catalogue/search|records/{id}|holdings|import}. */
public final class CatalogueRestRoute extends ApiRouteBuilder {
    private final CatalogueApi api;
    private final CatalogueProblems problems = new CatalogueProblems();

    public CatalogueRestRoute(CatalogueApi api) {
        this.api = api;
    }

    @Override
    protected void routes() {
        // the closest exception class wins, so these take precedence over ApiRouteBuilder's catch-all
        onException(SruDiagnosticException.class).handled(true).bean(problems, "diagnostic");
        onException(CircuitOpenException.class, SruTransportException.class).handled(true).bean(problems, "unavailable");
        onException(SruException.class).handled(true).bean(problems, "upstream");
        onException(CatalogueApi.RecordNotFoundException.class).handled(true).bean(problems, "notFound");

        rest("/api/catalogue")
                .get("/search").to("direct:catalogue-search")
                .get("/records/{id}").to("direct:catalogue-record")
                .get("/holdings").to("direct:catalogue-holdings")
                .post("/import").to("direct:catalogue-import");

        from("direct:catalogue-search").routeId("api-catalogue-search").bean(api, "search");
        from("direct:catalogue-record").routeId("api-catalogue-record").bean(api, "record");
        from("direct:catalogue-holdings").routeId("api-catalogue-holdings").bean(api, "holdings");
        from("direct:catalogue-import").routeId("api-catalogue-import").bean(api, "importUpload");
    }
}
