package si.knjizniprehod.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The transactional outbox: events written with the change, relayed to the broker later. */
public final class OutboxRepository {

    public record Event(long seq, String eventId, String type, String libraryId, String payload, Instant createdAt) {
    }

    public void append(Connection c, String eventId, String type, String libraryId, String payload, Instant at)
            throws SQLException {
        Jdbc.update(c, "INSERT INTO outbox_event (event_id, event_type, library_id, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                eventId, type, libraryId, payload, at);
    }

    public List<Event> pending(Connection c, int limit) throws SQLException {
        return Jdbc.query(c, "SELECT seq, event_id, event_type, library_id, payload, created_at FROM outbox_event "
                        + "WHERE published_at IS NULL ORDER BY seq LIMIT ?",
                rs -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Jdbc.instant(rs, "created_at")), limit);
    }

    public void markPublished(Connection c, long seq, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE outbox_event SET published_at = ? WHERE seq = ?", at, seq);
    }

    public long countPending(Connection c) throws SQLException {
        return Jdbc.queryOne(c, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL", rs -> rs.getLong(1))
                .orElse(0L);
    }
}
