package si.knjizniprehod.routes.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.builder.RouteBuilder;
import si.knjizniprehod.core.db.DataAccessException;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.ProfileRegistry;

/** Base of the REST route builders: every API route answers errors as problem+json, never a stack trace. */
public abstract class ApiRouteBuilder extends RouteBuilder {
    private final Problems problems = new Problems();

    @Override
    public final void configure() {
        onException(CirculationRefusedException.class).handled(true).bean(problems, "refusal");
        onException(ProfileRegistry.UnknownLibraryException.class).handled(true).bean(problems, "unknownLibrary");
        onException(BadRequestException.class, JsonProcessingException.class, IllegalArgumentException.class)
                .handled(true).bean(problems, "badRequest");
        onException(DataAccessException.class).handled(true).bean(problems, "unavailable");
        onException(Exception.class).handled(true).bean(problems, "internal");
        routes();
    }

    protected abstract void routes();
}
