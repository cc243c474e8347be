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

    /** Marks a batch published in one statement (seqs from one {@link #pending} call). */
    public void markPublished(Connection c, java.util.List<Long> seqs, Instant at) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(seqs.size(), "?"));
        Object[] params = new Object[seqs.size() + 1];
        params[0] = at;
        for (int i = 0; i < seqs.size(); i++) {
            params[i + 1] = seqs.get(i);
        }
        Jdbc.update(c, "UPDATE outbox_event SET published_at = ? WHERE seq IN (" + marks + ")", params);
    }

    public long countPending(Connection c) throws SQLException {
        return Jdbc.queryOne(c, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL", rs -> rs.getLong(1))
                .orElse(0L);
    }
}
