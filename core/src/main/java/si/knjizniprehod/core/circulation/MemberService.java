package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.core.model.Fee;
import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.Loan;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.Reason;
import si.knjizniprehod.core.policy.Refusal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Member records: enrolment under the library's rules, changes, PINs, and erasure that really erases. */
public final class MemberService {
    private final Circulation core;

    MemberService(Circulation core) {
        this.core = core;
    }

    public Member create(Member draft, String pin, List<String> cards) {
        LibraryProfile p = core.profile(draft.libraryId());
        validate(p, draft);
        return core.db.inTransaction(c -> {
            if (core.members.find(c, draft.id()).isPresent()) {
                throw core.refused(p.id(), Reason.INVALID_REQUEST, Map.of("detail", "member " + draft.id() + " exists"));
            }
            checkGuardian(c, p, draft);
            Instant now = core.clock.instant();
            Member m = draft.withPinHash(pin == null ? null : core.pins.hash(pin));
            core.members.insert(c, m, now);
            for (String card : cards == null ? List.<String>of() : cards) {
                core.members.addCard(c, m.id(), card, core.today());
            }
            core.events.record(c, OperationContext.rest(p.id(), null, null), "MEMBER_ENROLLED", m.id(), null,
                    Map.of("category", m.category()), now);
            return m;
        });
    }

    public Member update(Member changed, String newPin) {
        LibraryProfile p = core.profile(changed.libraryId());
        validate(p, changed);
        return core.write((c, ch) -> {
            ch.member(changed.id());
            Member old = core.members.lock(c, changed.id())
                    .orElseThrow(() -> core.refused(p.id(), Reason.MEMBER_UNKNOWN));
            checkGuardian(c, p, changed);
            Member m = changed.withPinHash(newPin == null ? old.pinHash() : core.pins.hash(newPin));
            core.members.update(c, m, core.clock.instant());
            core.events.record(c, OperationContext.rest(p.id(), null, null), "MEMBER_UPDATED", m.id(), null,
                    Map.of(), core.clock.instant());
            return m;
        });
    }

    public Optional<Member> find(String memberIdOrCard) {
        return core.db.inTransaction(c -> core.members.findByIdOrCard(c, memberIdOrCard));
    }

    public List<String> cards(String memberId) {
        return core.db.inTransaction(c -> core.members.cards(c, memberId));
    }

    public List<Member> list(String libraryId, int limit, int offset) {
        core.profile(libraryId);
        return core.db.inTransaction(c -> core.members.findByLibrary(c, libraryId, limit, offset));
    }

    public List<Loan> loans(String memberId, boolean includeReturned) {
        return core.db.inTransaction(c -> includeReturned ? core.loans.history(c, memberId)
                : core.loans.activeForMember(c, memberId));
    }

    public List<Hold> holds(String memberId) {
        return core.db.inTransaction(c -> core.holds.activeForMember(c, memberId));
    }

    public List<Fee> fees(String memberId) {
        return core.db.inTransaction(c -> core.fees.all(c, memberId));
    }

    /**
     * Erasure on leaving (AJ 8, RA 22, PO): only with loans returned and debts settled; removes the
     * record, cards, holds, loan and fee history, payments, and the member's id from the log,
     * the stored answers and the published events.
     */
    public void erase(String libraryId, String memberId) {
        LibraryProfile p = core.profile(libraryId);
        core.write((c, ch) -> {
            ch.member(memberId);
            Member m = core.members.lock(c, memberId).orElseThrow(() -> core.refused(p.id(), Reason.MEMBER_UNKNOWN));
            if (!core.loans.activeForMember(c, m.id()).isEmpty() || core.fees.outstanding(c, m.id(), m.libraryId()).signum() > 0) {
                throw core.refused(p.id(), Reason.MEMBER_HAS_OBLIGATIONS);
            }
            String needle = "%\"" + m.id() + "\"%";
            Jdbc.update(c, "UPDATE hold SET status = 'CANCELLED' WHERE member_id = ? AND status IN ('WAITING','READY')", m.id());
            Jdbc.update(c, "DELETE FROM hold WHERE member_id = ?", m.id());
            Jdbc.update(c, "DELETE FROM fee WHERE member_id = ?", m.id());
            Jdbc.update(c, "DELETE FROM payment WHERE member_id = ?", m.id());
            Jdbc.update(c, "DELETE FROM loan WHERE member_id = ?", m.id());
            Jdbc.update(c, "UPDATE member SET guardian_id = NULL WHERE guardian_id = ?", m.id());
            Jdbc.update(c, "UPDATE transaction_log SET member_id = NULL, detail = NULL WHERE member_id = ?", m.id());
            Jdbc.update(c, "DELETE FROM request_log WHERE response LIKE ?", needle);
            core.members.delete(c, m.id());
            // the erasure itself is announced without personal data, so partners can follow
            core.events.record(c, OperationContext.rest(p.id(), null, null), "MEMBER_ERASED", null, null,
                    Map.of("erasedMember", m.id()), core.clock.instant());
            return null;
        });
    }

    private void validate(LibraryProfile p, Member m) {
        Optional<String> problem = Optional.empty();
        if (m.id() == null || !m.id().matches("[A-Za-z0-9-]{2,32}")) {
            problem = Optional.of("id must be 2–32 letters, digits or dashes");
        } else if (p.membership().categories() != null && !p.membership().categories().contains(m.category())) {
            problem = Optional.of("category " + m.category() + " is not one of " + p.membership().categories());
        } else if (m.personType() == Member.PersonType.NATURAL && (m.lastName() == null || m.lastName().isBlank())) {
            problem = Optional.of("a natural person needs a last name");
        } else if (m.personType() == Member.PersonType.LEGAL
                && (m.organisationName() == null || m.contactPerson() == null)) {
            problem = Optional.of("a legal person needs an organisation name and a contact person");
        }
        if (problem.isPresent()) {
            throw core.refused(p.id(), Reason.INVALID_REQUEST, Map.of("detail", problem.get()));
        }
        Optional<Refusal> enrolment = core.policy.checkEnrolment(p, m, core.today());
        if (enrolment.isPresent()) {
            throw new CirculationRefusedException(enrolment.get());
        }
    }

    private void checkGuardian(Connection c, LibraryProfile p, Member m) throws SQLException {
        if (m.guardianId() != null && core.members.find(c, m.guardianId()).isEmpty()) {
            throw core.refused(p.id(), Reason.INVALID_REQUEST, Map.of("detail", "guardian " + m.guardianId() + " unknown"));
        }
    }
}
