package si.knjizniprehod.core.circulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import si.knjizniprehod.core.db.RequestLogRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Replays the stored answer for a repeated request id. Callers look up after taking their row
 * locks, so a duplicate that waited on the lock sees the first request's committed answer.
 */
public final class Idempotency {
    private final RequestLogRepository requests = new RequestLogRepository();
    private final ObjectMapper json;

    public Idempotency(ObjectMapper json) {
        this.json = json;
    }

    public <T> Optional<T> previous(Connection c, String operation, String requestId, Class<T> type) throws SQLException {
        if (requestId == null) {
            return Optional.empty();
        }
        Optional<String> stored = requests.find(c, operation, requestId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored.get(), type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer unreadable for " + operation, e);
        }
    }

    public <T> T remember(Connection c, String operation, String requestId, T result, Instant at) throws SQLException {
        if (requestId != null) {
            try {
                requests.insert(c, operation, requestId, json.writeValueAsString(result), at);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }
}
