package si.knjizniprehod.core.db;

import si.knjizniprehod.core.model.Loan;
import si.knjizniprehod.core.policy.LoanView;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class LoanRepository {
    private static final String COLUMNS = "id, item_id, member_id, library_id, unit_id, loaned_at, due_date, renewals, "
            + "notices_sent, returned_at, return_unit_id";

    public long insert(Connection c, String itemId, String memberId, String libraryId, String unitId,
                       Instant loanedAt, LocalDate due) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO loan (item_id, member_id, library_id, unit_id, loaned_at, due_date) "
                + "VALUES (?, ?, ?, ?, ?, ?)", itemId, memberId, libraryId, unitId, loanedAt, due);
    }

    public Optional<Loan> activeForItem(Connection c, String itemId) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM loan WHERE item_id = ? AND returned_at IS NULL",
                LoanRepository::map, itemId);
    }

    public List<Loan> activeForMember(Connection c, String memberId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM loan WHERE member_id = ? AND returned_at IS NULL ORDER BY due_date, id",
                LoanRepository::map, memberId);
    }

    /** The member's current loans in one library (every unit), with each item's title id. */
    public List<LoanView> activeViews(Connection c, String memberId, String libraryId) throws SQLException {
        return Jdbc.query(c, "SELECT l.id, l.item_id, i.bib_id, l.due_date FROM loan l JOIN item i ON i.id = l.item_id "
                        + "WHERE l.member_id = ? AND l.library_id = ? AND l.returned_at IS NULL",
                rs -> new LoanView(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.date(rs, "due_date")),
                memberId, libraryId);
    }

    public List<Loan> history(Connection c, String memberId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM loan WHERE member_id = ? ORDER BY loaned_at DESC, id DESC",
                LoanRepository::map, memberId);
    }

    public void markReturned(Connection c, long loanId, Instant at, String unitId) throws SQLException {
        Jdbc.update(c, "UPDATE loan SET returned_at = ?, return_unit_id = ? WHERE id = ?", at, unitId, loanId);
    }

    public void renew(Connection c, long loanId, LocalDate newDue) throws SQLException {
        Jdbc.update(c, "UPDATE loan SET due_date = ?, renewals = renewals + 1 WHERE id = ?", newDue, loanId);
    }

    static Loan map(ResultSet rs) throws SQLException {
        return new Loan(rs.getLong("id"), rs.getString("item_id"), rs.getString("member_id"), rs.getString("library_id"),
                rs.getString("unit_id"), Jdbc.instant(rs, "loaned_at"), Jdbc.date(rs, "due_date"), rs.getInt("renewals"),
                rs.getInt("notices_sent"), Jdbc.instant(rs, "returned_at"), rs.getString("return_unit_id"));
    }
}
