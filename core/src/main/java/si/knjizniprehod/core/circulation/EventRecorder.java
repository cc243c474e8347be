package si.knjizniprehod.core.circulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import si.knjizniprehod.core.db.OutboxRepository;
import si.knjizniprehod.core.db.TransactionLogRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes, inside the operation's own transaction, the transaction-log row and the outbox event
 * that the relay later publishes on {@code circulation.events}.
 */
public final class EventRecorder {
    private final OutboxRepository outbox = new OutboxRepository();
    private final TransactionLogRepository log = new TransactionLogRepository();
    private final ObjectMapper json;

    public EventRecorder(ObjectMapper json) {
        this.json = json;
    }

    public String record(Connection c, OperationContext ctx, String type, String memberId, String itemId,
                         Map<String, Object> details, Instant at) throws SQLException {
        String eventId = EventIds.next(at.toEpochMilli());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId);
        event.put("type", type);
        event.put("occurredAt", at.toString());
        event.put("library", ctx.libraryId());
        event.put("unit", ctx.unitId());
        event.put("channel", ctx.channel());
        event.put("requestId", ctx.requestId());
        event.put("member", memberId);
        event.put("item", itemId);
        event.putAll(details);
        String payload = toJson(event);
        outbox.append(c, eventId, type, ctx.libraryId(), payload, at);
        log.append(c, new TransactionLogRepository.Entry(0, at, ctx.libraryId(), ctx.unitId(), type, memberId, itemId,
                ctx.requestId(), ctx.channel(), toJson(details)));
        return eventId;
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
