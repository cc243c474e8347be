package si.knjizniprehod.routes.api;

import org.apache.camel.Exchange;
import si.knjizniprehod.core.db.Database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /api/health}: 200 when the database and the broker answer, 503 otherwise. */
public final class HealthApi {
    private final Database db;
    private final BooleanSupplier brokerUp;
    private final String brokerKind;

    public HealthApi(Database db, BooleanSupplier brokerUp, String brokerKind) {
        this.db = db;
        this.brokerUp = brokerUp;
        this.brokerKind = brokerKind;
    }

    public void health(Exchange ex) {
        boolean dbUp = db.isUp();
        boolean mqUp = brokerUp.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", dbUp && mqUp ? "UP" : "DOWN");
        body.put("database", Map.of("status", dbUp ? "UP" : "DOWN", "product", dbUp ? db.productName() : "unreachable"));
        body.put("broker", Map.of("status", mqUp ? "UP" : "DOWN", "kind", brokerKind));
        Http.respond(ex, dbUp && mqUp ? 200 : 503, body);
    }
}
