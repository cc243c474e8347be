package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.core.db.TransactionLogRepository;
import si.knjizniprehod.core.model.Fee;
import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Loan;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.MembershipState;
import si.knjizniprehod.core.policy.Reason;
import si.knjizniprehod.core.policy.Refusal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side for patrons and items: status, summary, PIN check, item information, blocks. */
public final class PatronService {
    private final Circulation core;
    private final TransactionLogRepository log = new TransactionLogRepository();

    PatronService(Circulation core) {
        this.core = core;
    }

    public record LoanLine(long loanId, String itemId, String title, LocalDate dueDate, boolean overdue, int renewals) {
    }

    public record HoldLine(long holdId, String itemId, String title, Hold.Kind kind, Hold.Status status,
                           LocalDate pickupBy, LocalDate expiresOn) {
    }

    public record PatronStatus(String memberId, String libraryId, String name, String category, String language,
                               String email, String phone, String address, MembershipState membershipState, LocalDate feePaidUntil,
                               boolean chargePrivilegesDenied, boolean renewalPrivilegesDenied,
                               boolean holdPrivilegesDenied, boolean tooManyItemsOverdue,
                               boolean excessiveOutstandingFines, String blockReason, String blockMessageSl,
                               String blockMessageEn, BigDecimal outstanding, int overdueCount,
                               List<LoanLine> loans, List<HoldLine> holds, List<Fee> fees) {
    }

    public record ItemInformation(String itemId, String libraryId, String unitId, String bibId, String title,
                                  String author, String materialType, Item.Collection collection, ItemStatus status,
                                  String callNumber, LocalDate dueDate, String borrowerId, int holdQueueLength,
                                  String holdPickupMemberId, LocalDate holdPickupBy, String properties) {
    }

    /** The outcome of identifying a patron at a terminal: unknown, wrong PIN, or fine. */
    public enum Identification { UNKNOWN, PIN_INVALID, OK }

    /** Patron status and summary; served from the read cache when asked by member id. */
    public PatronStatus status(String libraryId, String memberIdOrCard) {
        LibraryProfile p = core.profile(libraryId);
        // only answers asked by member id are cached: writes name members by id, not by card
        return core.statusCache.get(p.id() + "|" + memberIdOrCard, "m:" + memberIdOrCard,
                () -> loadStatus(p, memberIdOrCard), s -> s.memberId().equals(memberIdOrCard));
    }

    private PatronStatus loadStatus(LibraryProfile p, String memberIdOrCard) {
        return core.db.inTransaction(c -> {
            Member m = core.member(c, p.id(), memberIdOrCard, false);
            LocalDate today = core.today();
            BigDecimal debt = core.fees.outstanding(c, m.id(), p.id());
            List<LoanLine> loans = Jdbc.query(c, "SELECT l.id, l.item_id, i.title, l.due_date, l.renewals FROM loan l "
                    + "JOIN item i ON i.id = l.item_id WHERE l.member_id = ? AND l.returned_at IS NULL ORDER BY l.due_date, l.id",
                    rs -> {
                        LocalDate due = Jdbc.date(rs, "due_date");
                        return new LoanLine(rs.getLong(1), rs.getString(2), rs.getString(3), due, due.isBefore(today),
                                rs.getInt(5));
                    }, m.id());
            List<HoldLine> holds = Jdbc.query(c, "SELECT h.id, h.item_id, i.title, h.kind, h.status, h.pickup_by, h.expires_on "
                    + "FROM hold h JOIN item i ON i.id = h.item_id WHERE h.member_id = ? AND h.status IN ('WAITING', 'READY') "
                    + "ORDER BY h.placed_at, h.id", rs -> new HoldLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                    Hold.Kind.valueOf(rs.getString(4)), Hold.Status.valueOf(rs.getString(5)), Jdbc.date(rs, "pickup_by"),
                    Jdbc.date(rs, "expires_on")), m.id());
            int overdue = (int) loans.stream().filter(LoanLine::overdue).count();
            Optional<Refusal> standing = core.policy.checkMemberStanding(p, m, debt, today);
            boolean overdueBlock = p.blocks().overdueItems() && overdue > 0;
            Optional<Refusal> block = standing.isPresent() ? standing
                    : overdueBlock ? Optional.of(core.policy.refusal(p.id(), Reason.OVERDUE_ITEMS)) : Optional.empty();
            boolean excessiveFines = p.blocks().maxDebt() != null && debt.compareTo(p.blocks().maxDebt()) > 0;
            String address = m.street() == null ? null
                    : m.street() + ", " + (m.postalCode() == null ? "" : m.postalCode() + " ") + (m.city() == null ? "" : m.city());
            return new PatronStatus(m.id(), m.libraryId(), m.displayName(), m.category(), m.language(), m.email(),
                    m.phone(), address, core.policy.membershipState(p, m, today), m.feePaidUntil(), block.isPresent(),
                    standing.isPresent(), standing.isPresent() || !p.holds().enabled(), overdueBlock, excessiveFines,
                    block.map(r -> r.reason().name()).orElse(null), block.map(r -> r.message("sl")).orElse(null),
                    block.map(r -> r.message("en")).orElse(null), debt, overdue, loans, holds,
                    core.fees.open(c, m.id()));
        });
    }

    /** Does the PIN match the stored hash? Unknown members and members without a PIN never match. */
    public boolean verifyPin(String memberIdOrCard, String pin) {
        return core.db.inTransaction(c -> core.members.findByIdOrCard(c, memberIdOrCard)
                .map(m -> core.pins.matches(pin, m.pinHash())).orElse(false));
    }

    /** Unknown member, wrong PIN (only when one is given), or fine — in one look-up. */
    public Identification identify(String memberIdOrCard, String pin) {
        return core.db.inTransaction(c -> core.members.findByIdOrCard(c, memberIdOrCard)
                .map(m -> pin == null || pin.isEmpty() || core.pins.matches(pin, m.pinHash())
                        ? Identification.OK : Identification.PIN_INVALID)
                .orElse(Identification.UNKNOWN));
    }

    public boolean exists(String memberIdOrCard) {
        return core.db.inTransaction(c -> core.members.findByIdOrCard(c, memberIdOrCard).isPresent());
    }

    /** Item information with due date and hold queue; served from the read cache when it can be. */
    public ItemInformation item(String libraryId, String itemId) {
        LibraryProfile p = core.profile(libraryId);
        return core.itemCache.get(itemId, "i:" + itemId, () -> core.db.inTransaction(c -> itemInformation(c, p, itemId)));
    }

    private ItemInformation itemInformation(Connection c, LibraryProfile p, String itemId) throws SQLException {
        Item item = core.item(c, p.id(), itemId, false);
        Optional<Loan> loan = core.loans.activeForItem(c, item.id());
        List<Hold> queue = core.holds.activeForItem(c, item.id());
        Optional<Hold> ready = queue.stream().filter(h -> h.status() == Hold.Status.READY).findFirst();
        return new ItemInformation(item.id(), item.libraryId(), item.unitId(), item.bibId(), item.title(),
                item.author(), item.materialType(), item.collection(), item.status(), item.callNumber(),
                loan.map(Loan::dueDate).orElse(null), loan.map(Loan::memberId).orElse(null), queue.size(),
                ready.map(Hold::memberId).orElse(null), ready.map(Hold::pickupBy).orElse(null),
                core.items.properties(c, item.id()).orElse(null));
    }

    /** A terminal or staff blocks a card (SIP2 01: e.g. a card left in the machine). */
    public void block(OperationContext ctx, String memberIdOrCard, String why) {
        LibraryProfile p = core.profile(ctx.libraryId());
        core.write((c, ch) -> {
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            ch.member(m.id());
            core.members.update(c, m.withState(Member.MemberState.BLOCKED), core.clock.instant());
            core.events.record(c, ctx, "PATRON_BLOCKED", m.id(), null,
                    CirculationService.details("reason", why), core.clock.instant());
            return null;
        });
    }

    /** Lifts a BLOCKED state where the profile lets a terminal do so; exclusion is staff-only. */
    public PatronStatus enable(OperationContext ctx, String memberIdOrCard) {
        LibraryProfile p = core.profile(ctx.libraryId());
        core.write((c, ch) -> {
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            ch.member(m.id());
            if (m.state() == Member.MemberState.EXCLUDED
                    || (m.state() == Member.MemberState.BLOCKED && !p.blocks().selfServiceUnblock())) {
                throw core.refused(p.id(), Reason.PATRON_ENABLE_NOT_ALLOWED, Map.of());
            }
            if (m.state() == Member.MemberState.BLOCKED) {
                core.members.update(c, m.withState(Member.MemberState.ACTIVE), core.clock.instant());
                core.events.record(c, ctx, "PATRON_ENABLED", m.id(), null, Map.of(), core.clock.instant());
            }
            return null;
        });
        return status(ctx.libraryId(), memberIdOrCard);
    }

    /** The member's own printout of transactions on their card (AJ 22, RA 26). */
    public List<TransactionLogRepository.Entry> transactions(String libraryId, String memberIdOrCard) {
        LibraryProfile p = core.profile(libraryId);
        return core.db.inTransaction(c -> log.forMember(c, core.member(c, p.id(), memberIdOrCard, false).id()));
    }
}
