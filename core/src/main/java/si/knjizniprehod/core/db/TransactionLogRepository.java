package si.knjizniprehod.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

public final class TransactionLogRepository {

    public record Entry(long id, Instant at, String libraryId, String unitId, String operation, String memberId,
                        String itemId, String requestId, String channel, String detail) {
    }

    public void append(Connection c, Entry e) throws SQLException {
        Jdbc.update(c, "INSERT INTO transaction_log (at, library_id, unit_id, operation, member_id, item_id, request_id, "
                        + "channel, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.at(), e.libraryId(), e.unitId(), e.operation(), e.memberId(), e.itemId(), e.requestId(), e.channel(),
                e.detail());
    }

    public List<Entry> forMember(Connection c, String memberId) throws SQLException {
        return Jdbc.query(c, "SELECT * FROM transaction_log WHERE member_id = ? ORDER BY id", rs -> new Entry(
                rs.getLong("id"), Jdbc.instant(rs, "at"), rs.getString("library_id"), rs.getString("unit_id"),
                rs.getString("operation"), rs.getString("member_id"), rs.getString("item_id"),
                rs.getString("request_id"), rs.getString("channel"), rs.getString("detail")), memberId);
    }
}
