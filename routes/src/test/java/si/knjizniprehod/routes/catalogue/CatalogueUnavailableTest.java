package si.knjizniprehod.routes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.routes.testing.RunningGateway;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalogue that does not answer (nothing listens on its port): 503, then 503 with the circuit open. */
class CatalogueUnavailableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void unreachableCatalogueIs503AndTheCircuitOpens() throws Exception {
        int dead = RunningGateway.freePort();
        try (RunningGateway gw = new RunningGateway(Map.of(
                "gateway.catalogue.sru.url", "http://127.0.0.1:" + dead + "/Default",
                "gateway.catalogue.retry.max-retries", "0",
                "gateway.catalogue.circuit-breaker.failure-threshold", "2",
                "gateway.catalogue.circuit-breaker.open-duration", "60s",
                "gateway.demo", "false",
                "gateway.sip2.enabled", "false"))) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = gw.get("/api/catalogue/search?title=x" + i);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(JSON.readTree(r.body()).get("reason").asText()).isEqualTo("CATALOGUE_UNAVAILABLE");
            }
            HttpResponse<String> open = gw.get("/api/catalogue/search?title=y");
            assertThat(open.statusCode()).isEqualTo(503);
            JsonNode p = JSON.readTree(open.body());
            assertThat(p.get("detail").asText().toLowerCase()).contains("circuit");
            assertThat(open.headers().firstValue("Retry-After")).isPresent();
        }
    }
}
