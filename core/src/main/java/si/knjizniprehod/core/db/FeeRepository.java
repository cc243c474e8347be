package si.knjizniprehod.core.db;

import si.knjizniprehod.core.model.Fee;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

public final class FeeRepository {
    private static final String COLUMNS = "id, member_id, library_id, loan_id, kind, amount, paid, created_at, description";

    public long insert(Connection c, String memberId, String libraryId, Long loanId, Fee.Kind kind, BigDecimal amount,
                       Instant at, String description) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO fee (member_id, library_id, loan_id, kind, amount, paid, created_at, description) "
                + "VALUES (?, ?, ?, ?, ?, 0, ?, ?)", memberId, libraryId, loanId, kind, amount, at, description);
    }

    public List<Fee> open(Connection c, String memberId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM fee WHERE member_id = ? AND paid < amount ORDER BY created_at, id",
                FeeRepository::map, memberId);
    }

    public List<Fee> all(Connection c, String memberId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM fee WHERE member_id = ? ORDER BY created_at, id",
                FeeRepository::map, memberId);
    }

    /** What the member owes this library (RA 30 counts debts in every unit). */
    public BigDecimal outstanding(Connection c, String memberId, String libraryId) throws SQLException {
        return Jdbc.queryOne(c, "SELECT COALESCE(SUM(amount - paid), 0) FROM fee WHERE member_id = ? AND library_id = ?",
                rs -> rs.getBigDecimal(1), memberId, libraryId).orElse(BigDecimal.ZERO).setScale(2);
    }

    public void addPayment(Connection c, long feeId, BigDecimal amount) throws SQLException {
        Jdbc.update(c, "UPDATE fee SET paid = paid + ? WHERE id = ?", amount, feeId);
    }

    public long recordPayment(Connection c, String memberId, String libraryId, BigDecimal amount, Instant at,
                              String method, String reference) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO payment (member_id, library_id, amount, paid_at, method, reference) "
                + "VALUES (?, ?, ?, ?, ?, ?)", memberId, libraryId, amount, at, method, reference);
    }

    static Fee map(ResultSet rs) throws SQLException {
        return new Fee(rs.getLong("id"), rs.getString("member_id"), rs.getString("library_id"),
                Jdbc.longOrNull(rs, "loan_id"), Fee.Kind.valueOf(rs.getString("kind")), Jdbc.money(rs, "amount"),
                Jdbc.money(rs, "paid"), Jdbc.instant(rs, "created_at"), rs.getString("description"));
    }
}
