package si.knjizniprehod.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox: events written with the change, relayed to the broker later and then
 * deleted, so the table holds only what the broker does not have yet.
 */
public final class OutboxRepository {

    public record Event(long seq, String eventId, String type, String libraryId, String payload, Instant createdAt) {
    }

    public void append(Connection c, String eventId, String type, String libraryId, String payload, Instant at)
            throws SQLException {
        Jdbc.update(c, "INSERT INTO outbox_event (event_id, event_type, library_id, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                eventId, type, libraryId, payload, at);
    }

    /** The oldest events not yet on the broker, in commit order. */
    public List<Event> pending(Connection c, int limit) throws SQLException {
        return Jdbc.query(c, "SELECT seq, event_id, event_type, library_id, payload, created_at FROM outbox_event "
                        + "ORDER BY seq LIMIT ?",
                rs -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Jdbc.instant(rs, "created_at")), limit);
    }

    /**
     * Removes a batch the broker has (seqs from one {@link #pending} call). One statement for any batch size:
     * an IN list of as many markers as rows was a new statement, parsed and kept, for every size.
     */
    public void removePublished(Connection c, List<Long> seqs) throws SQLException {
        Jdbc.batch(c, "DELETE FROM outbox_event WHERE seq = ?", seqs.stream().map(s -> new Object[] {s}).toList());
    }

    public long countPending(Connection c) throws SQLException {
        return Jdbc.queryOne(c, "SELECT COUNT(*) FROM outbox_event", rs -> rs.getLong(1))
                .orElse(0L);
    }
}
