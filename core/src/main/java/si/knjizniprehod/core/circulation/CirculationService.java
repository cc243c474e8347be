package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.circulation.Results.CheckinResult;
import si.knjizniprehod.core.circulation.Results.CheckoutResult;
import si.knjizniprehod.core.circulation.Results.RenewAllResult;
import si.knjizniprehod.core.circulation.Results.RenewRefused;
import si.knjizniprehod.core.circulation.Results.RenewResult;
import si.knjizniprehod.core.model.Fee;
import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Loan;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.Reason;
import si.knjizniprehod.core.policy.Refusal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Check out, check in and renew. Each call is one transaction that locks the rows it decides on,
 * asks the policy engine, writes the change, the transaction log and the outbox event together,
 * and remembers its answer under the caller's request id.
 */
public final class CirculationService {
    private final Circulation core;
    private final HoldService holds;

    CirculationService(Circulation core, HoldService holds) {
        this.core = core;
        this.holds = holds;
    }

    public CheckoutResult checkout(OperationContext ctx, String memberIdOrCard, String itemId) {
        LibraryProfile p = core.profile(ctx.libraryId());
        return core.write((c, ch) -> {
            // lock order everywhere: member, then item
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            Item item = core.item(c, p.id(), itemId, true);
            ch.member(m.id()).item(item.id());
            Optional<CheckoutResult> replay = core.idempotency.previous(c, "checkout", ctx.requestId(), CheckoutResult.class);
            if (replay.isPresent()) {
                return replay.get();
            }
            LocalDate today = core.today();
            Instant now = core.clock.instant();
            String unit = core.unit(p, ctx.unitId());
            List<Hold> itemHolds = core.holds.activeForItem(c, item.id());
            if (!itemHolds.isEmpty() && holds.expireStale(c, p, item, today, ch)) {
                item = core.items.find(c, item.id()).orElseThrow();
                itemHolds = core.holds.activeForItem(c, item.id());
            }
            BigDecimal debt = core.fees.outstanding(c, m.id(), p.id());
            Optional<Refusal> refusal = core.policy.checkBorrow(p, m, item, debt,
                    core.loans.activeViews(c, m.id(), p.id()), itemHolds, today);
            if (refusal.isPresent()) {
                throw new CirculationRefusedException(refusal.get());
            }
            LocalDate due = core.policy.dueDate(p, item, unit, today);
            long loanId = core.loans.insert(c, item.id(), m.id(), p.id(), unit, now, due);
            core.items.setStatus(c, item.id(), ItemStatus.ON_LOAN, now);
            for (Hold h : itemHolds) {
                if (h.memberId().equals(m.id())) {
                    core.holds.setStatus(c, h.id(), Hold.Status.FULFILLED, h.pickupBy());
                }
            }
            core.members.touchActivity(c, m, today);
            core.events.record(c, ctx, "CHECKOUT", m.id(), item.id(),
                    details("loanId", loanId, "dueDate", due.toString()), now);
            CheckoutResult result = new CheckoutResult(loanId, item.id(), m.id(), item.title(), item.bibId(),
                    item.materialType(), due, false);
            return core.idempotency.remember(c, "checkout", ctx.requestId(), result, now);
        });
    }

    /** Check in at any unit of the item's library; a return elsewhere sends the item in transit home. */
    public CheckinResult checkin(OperationContext ctx, String itemId) {
        return checkin(ctx, itemId, null);
    }

    /**
     * Check in with the day the item actually came back, for returns recorded while the store was
     * unreachable (SIP2 outage mode): the fine is counted up to that day, not to the day it is applied.
     */
    public CheckinResult checkin(OperationContext ctx, String itemId, LocalDate returnedOn) {
        LibraryProfile p = core.profile(ctx.libraryId());
        return core.write((c, ch) -> {
            Item item = core.item(c, p.id(), itemId, true);
            ch.item(item.id());
            Optional<CheckinResult> replay = core.idempotency.previous(c, "checkin", ctx.requestId(), CheckinResult.class);
            if (replay.isPresent()) {
                return replay.get();
            }
            if (!item.libraryId().equals(p.id())) {
                throw core.refused(p.id(), Reason.WRONG_LIBRARY);
            }
            LocalDate today = returnedOn != null && returnedOn.isBefore(core.today()) ? returnedOn : core.today();
            Instant now = core.clock.instant();
            String unit = core.unit(p, ctx.unitId());
            Optional<Loan> loan = core.loans.activeForItem(c, item.id());
            BigDecimal fine = BigDecimal.ZERO.setScale(2);
            String memberId = null;
            if (loan.isPresent()) {
                Loan l = loan.get();
                memberId = l.memberId();
                ch.member(memberId);
                Member m = core.members.find(c, l.memberId()).orElse(null);
                core.loans.markReturned(c, l.id(), now, unit);
                fine = core.policy.fine(p, m, item, l, today);
                if (fine.signum() > 0) {
                    core.fees.insert(c, l.memberId(), p.id(), l.id(), Fee.Kind.FINE, fine, now,
                            "Zamudnina / late fine: " + item.title());
                }
                core.members.touchActivity(c, m, today);
            }
            HoldService.Routing routing = holds.routeReturnedItem(c, p, item, unit, today, now, ch);
            core.events.record(c, ctx, "CHECKIN", memberId, item.id(), details(
                    "loanId", loan.map(Loan::id).orElse(null), "fine", fine, "itemStatus", routing.status().name(),
                    "holdFor", routing.holdMemberId()), now);
            CheckinResult result = new CheckinResult(item.id(), item.title(), item.bibId(), item.materialType(),
                    item.unitId(), loan.map(Loan::id).orElse(null), memberId,
                    loan.isPresent(), fine, routing.status(), routing.holdMemberId(), routing.transitTo(), unit);
            return core.idempotency.remember(c, "checkin", ctx.requestId(), result, now);
        });
    }

    public RenewResult renew(OperationContext ctx, String memberIdOrCard, String itemId) {
        LibraryProfile p = core.profile(ctx.libraryId());
        return core.write((c, ch) -> {
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            Item item = core.item(c, p.id(), itemId, true);
            ch.member(m.id()).item(item.id());
            Optional<RenewResult> replay = core.idempotency.previous(c, "renew", ctx.requestId(), RenewResult.class);
            if (replay.isPresent()) {
                return replay.get();
            }
            RenewResult result = renewLocked(c, ctx, p, m, item, core.fees.outstanding(c, m.id(), p.id()));
            return core.idempotency.remember(c, "renew", ctx.requestId(), result, core.clock.instant());
        });
    }

    /** Renews every loan it may, in one transaction; each refusal is reported with its reason. */
    public RenewAllResult renewAll(OperationContext ctx, String memberIdOrCard) {
        LibraryProfile p = core.profile(ctx.libraryId());
        return core.write((c, ch) -> {
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            ch.member(m.id());
            Optional<RenewAllResult> replay = core.idempotency.previous(c, "renew-all", ctx.requestId(), RenewAllResult.class);
            if (replay.isPresent()) {
                return replay.get();
            }
            List<RenewResult> renewed = new ArrayList<>();
            List<RenewRefused> refused = new ArrayList<>();
            BigDecimal debt = core.fees.outstanding(c, m.id(), p.id());
            for (Loan l : core.loans.activeForMember(c, m.id())) {
                if (!l.libraryId().equals(p.id())) {
                    continue;
                }
                Item item = core.items.lock(c, l.itemId()).orElseThrow();
                ch.item(item.id());
                try {
                    RenewResult r = renewLocked(c, ctx, p, m, item, debt);
                    renewed.add(r);
                    debt = debt.add(r.fee());
                } catch (CirculationRefusedException e) {
                    refused.add(new RenewRefused(item.id(), e.reason().name(), e.refusal().message("sl"),
                            e.refusal().message("en")));
                }
            }
            RenewAllResult result = new RenewAllResult(renewed, refused);
            return core.idempotency.remember(c, "renew-all", ctx.requestId(), result, core.clock.instant());
        });
    }

    private RenewResult renewLocked(Connection c, OperationContext ctx, LibraryProfile p, Member m, Item item,
                                    BigDecimal debt) throws SQLException {
        LocalDate today = core.today();
        Instant now = core.clock.instant();
        Loan loan = core.loans.activeForItem(c, item.id()).filter(l -> l.memberId().equals(m.id()))
                .orElseThrow(() -> core.refused(p.id(), Reason.NOT_ON_LOAN));
        boolean reservedByOthers = core.holds.activeForItem(c, item.id()).stream()
                .anyMatch(h -> !h.memberId().equals(m.id()));
        Optional<Refusal> refusal = core.policy.checkRenew(p, m, item, loan, debt, reservedByOthers, today);
        if (refusal.isPresent()) {
            throw new CirculationRefusedException(refusal.get());
        }
        LocalDate due = core.policy.dueDate(p, item, loan.unitId(), today);
        if (due.isBefore(loan.dueDate())) {
            due = loan.dueDate(); // a renewal never shortens a loan
        }
        BigDecimal fee = core.policy.renewalFee(p, loan);
        core.loans.renew(c, loan.id(), due);
        if (fee.signum() > 0) {
            core.fees.insert(c, m.id(), p.id(), loan.id(), Fee.Kind.RENEWAL_FEE, fee, now,
                    "Podaljšanje / renewal: " + item.title());
        }
        core.members.touchActivity(c, m, today);
        core.events.record(c, ctx, "RENEW", m.id(), item.id(),
                details("loanId", loan.id(), "dueDate", due.toString(), "fee", fee), now);
        return new RenewResult(loan.id(), item.id(), item.title(), item.bibId(), item.materialType(), due,
                loan.renewals() + 1, fee.setScale(2));
    }

    static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
