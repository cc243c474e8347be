package si.knjizniprehod.routes.api;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;

/** REST DSL on the platform-http (Vert.x) server; the beans do their own JSON. */
public final class RestSetupRoute extends RouteBuilder {
    @Override
    public void configure() {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off)
                .clientRequestValidation(false);
    }
}
