package si.knjizniprehod.core.db;

import si.knjizniprehod.core.model.Member;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class MemberRepository {
    private static final String COLUMNS = "id, library_id, person_type, first_name, last_name, organisation_name, "
            + "contact_person, category, birth_date, guardian_id, street, postal_code, city, email, phone, citizenship, "
            + "pin_hash, state, enrolled_on, fee_paid_until, last_activity, share_with_partners, language";

    public Optional<Member> find(Connection c, String id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM member WHERE id = ?", MemberRepository::map, id);
    }

    /** Locks the member row for the rest of the transaction (serialises a member's checkouts). */
    public Optional<Member> lock(Connection c, String id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM member WHERE id = ? FOR UPDATE", MemberRepository::map, id);
    }

    /** By member number or by any active card number. */
    public Optional<Member> findByIdOrCard(Connection c, String idOrCard) throws SQLException {
        Optional<Member> m = find(c, idOrCard);
        if (m.isPresent()) {
            return m;
        }
        return Jdbc.queryOne(c, "SELECT " + prefixed() + " FROM member m JOIN member_card k ON k.member_id = m.id "
                + "WHERE k.card_number = ? AND k.active", MemberRepository::map, idOrCard);
    }

    public List<Member> findByLibrary(Connection c, String libraryId, int limit, int offset) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM member WHERE library_id = ? ORDER BY id LIMIT ? OFFSET ?",
                MemberRepository::map, libraryId, limit, offset);
    }

    public List<String> cards(Connection c, String memberId) throws SQLException {
        return Jdbc.query(c, "SELECT card_number FROM member_card WHERE member_id = ? AND active ORDER BY card_number",
                rs -> rs.getString(1), memberId);
    }

    public void addCard(Connection c, String memberId, String cardNumber, LocalDate issuedOn) throws SQLException {
        Jdbc.update(c, "INSERT INTO member_card (card_number, member_id, issued_on, active) VALUES (?, ?, ?, TRUE)",
                cardNumber, memberId, issuedOn);
    }

    public void insert(Connection c, Member m, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO member (" + COLUMNS + ", created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), m.libraryId(), m.personType(), m.firstName(), m.lastName(), m.organisationName(),
                m.contactPerson(), m.category(), m.birthDate(), m.guardianId(), m.street(), m.postalCode(), m.city(),
                m.email(), m.phone(), m.citizenship(), m.pinHash(), m.state(), m.enrolledOn(), m.feePaidUntil(),
                m.lastActivity(), m.shareWithPartners(), m.language(), now, now);
    }

    public int update(Connection c, Member m, Instant now) throws SQLException {
        return Jdbc.update(c, "UPDATE member SET person_type = ?, first_name = ?, last_name = ?, organisation_name = ?, "
                        + "contact_person = ?, category = ?, birth_date = ?, guardian_id = ?, street = ?, postal_code = ?, "
                        + "city = ?, email = ?, phone = ?, citizenship = ?, pin_hash = ?, state = ?, fee_paid_until = ?, "
                        + "last_activity = ?, share_with_partners = ?, language = ?, updated_at = ? WHERE id = ?",
                m.personType(), m.firstName(), m.lastName(), m.organisationName(), m.contactPerson(), m.category(),
                m.birthDate(), m.guardianId(), m.street(), m.postalCode(), m.city(), m.email(), m.phone(),
                m.citizenship(), m.pinHash(), m.state(), m.feePaidUntil(), m.lastActivity(), m.shareWithPartners(),
                m.language(), now, m.id());
    }

    /** Records the member's activity day; a member already active today is not written again. */
    public void touchActivity(Connection c, Member m, LocalDate day) throws SQLException {
        if (m != null && !day.equals(m.lastActivity())) {
            Jdbc.update(c, "UPDATE member SET last_activity = ? WHERE id = ?", day, m.id());
        }
    }

    public int delete(Connection c, String memberId) throws SQLException {
        return Jdbc.update(c, "DELETE FROM member WHERE id = ?", memberId);
    }

    private static String prefixed() {
        return "m." + COLUMNS.replace(", ", ", m.");
    }

    static Member map(ResultSet rs) throws SQLException {
        return new Member(rs.getString("id"), rs.getString("library_id"),
                Member.PersonType.valueOf(rs.getString("person_type")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("organisation_name"), rs.getString("contact_person"),
                rs.getString("category"), Jdbc.date(rs, "birth_date"), rs.getString("guardian_id"),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("email"),
                rs.getString("phone"), rs.getString("citizenship"), rs.getString("pin_hash"),
                Member.MemberState.valueOf(rs.getString("state")), Jdbc.date(rs, "enrolled_on"),
                Jdbc.date(rs, "fee_paid_until"), Jdbc.date(rs, "last_activity"), rs.getBoolean("share_with_partners"),
                rs.getString("language"));
    }
}
