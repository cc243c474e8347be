package si.knjizniprehod.routes.api;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.routes.testing.RunningGateway;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLimitsTest {

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndTheGatewayStaysUp() throws Exception {
        try (RunningGateway gw = new RunningGateway(Map.of("gateway.http.max.body.kb", "4", "gateway.sip2.enabled", "false"))) {
            String big = "{\"library\":\"RI\",\"member\":\"RI0001\",\"item\":\"" + "x".repeat(8_000) + "\"}";
            assertThat(gw.post("/api/circulation/checkout", big).statusCode()).isEqualTo(413);
            assertThat(gw.post("/api/circulation/checkout",
                    "{\"library\":\"RI\",\"member\":\"RI0001\",\"item\":\"RI1002\"}").statusCode()).isEqualTo(200);
        }
    }
}
