package si.knjizniprehod.core.db;

import si.knjizniprehod.core.model.Hold;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class HoldRepository {
    private static final String COLUMNS = "id, kind, library_id, pickup_unit_id, member_id, item_id, placed_at, "
            + "expires_on, status, pickup_by";
    private static final String ACTIVE = "status IN ('WAITING', 'READY')";

    public long insert(Connection c, Hold.Kind kind, String libraryId, String pickupUnitId, String memberId,
                       String itemId, Instant placedAt, LocalDate expiresOn, Hold.Status status, LocalDate pickupBy)
            throws SQLException {
        return Jdbc.insert(c, "INSERT INTO hold (kind, library_id, pickup_unit_id, member_id, item_id, placed_at, "
                        + "expires_on, status, pickup_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                kind, libraryId, pickupUnitId, memberId, itemId, placedAt, expiresOn, status, pickupBy);
    }

    public Optional<Hold> find(Connection c, long id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM hold WHERE id = ?", HoldRepository::map, id);
    }

    /** Active holds on an item, oldest first (the queue). */
    public List<Hold> activeForItem(Connection c, String itemId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM hold WHERE item_id = ? AND " + ACTIVE + " ORDER BY placed_at, id",
                HoldRepository::map, itemId);
    }

    public List<Hold> activeForMember(Connection c, String memberId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM hold WHERE member_id = ? AND " + ACTIVE + " ORDER BY placed_at, id",
                HoldRepository::map, memberId);
    }

    public void setStatus(Connection c, long id, Hold.Status status, LocalDate pickupBy) throws SQLException {
        Jdbc.update(c, "UPDATE hold SET status = ?, pickup_by = ? WHERE id = ?", status, pickupBy, id);
    }

    static Hold map(ResultSet rs) throws SQLException {
        return new Hold(rs.getLong("id"), Hold.Kind.valueOf(rs.getString("kind")), rs.getString("library_id"),
                rs.getString("pickup_unit_id"), rs.getString("member_id"), rs.getString("item_id"),
                Jdbc.instant(rs, "placed_at"), Jdbc.date(rs, "expires_on"), Hold.Status.valueOf(rs.getString("status")),
                Jdbc.date(rs, "pickup_by"));
    }
}
