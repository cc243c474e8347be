package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.circulation.Results.HoldResult;
import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.Reason;
import si.knjizniprehod.core.policy.Refusal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Holds (reservations of loaned items) and orders (requests for available ones), their queue,
 * pickup deadlines and expiry, all by the library's profile.
 */
public final class HoldService {
    private final Circulation core;

    HoldService(Circulation core) {
        this.core = core;
    }

    public HoldResult place(OperationContext ctx, String memberIdOrCard, String itemId, String pickupUnitId) {
        LibraryProfile p = core.profile(ctx.libraryId());
        return core.write((c, ch) -> {
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            Item item = core.item(c, p.id(), itemId, true);
            ch.member(m.id()).item(item.id());
            Optional<HoldResult> replay = core.idempotency.previous(c, "hold", ctx.requestId(), HoldResult.class);
            if (replay.isPresent()) {
                return replay.get();
            }
            LocalDate today = core.today();
            Instant now = core.clock.instant();
            if (expireStale(c, p, item, today, ch)) {
                item = core.items.find(c, item.id()).orElseThrow();
            }
            String memberId = m.id();
            boolean ownLoan = core.loans.activeForItem(c, item.id()).map(l -> l.memberId().equals(memberId)).orElse(false);
            List<Hold> memberHolds = core.holds.activeForMember(c, m.id()).stream()
                    .filter(h -> h.libraryId().equals(p.id())).toList();
            Optional<Refusal> refusal = core.policy.checkHold(p, m, item,
                    core.fees.outstanding(c, m.id(), p.id()), memberHolds, ownLoan, today);
            if (refusal.isPresent()) {
                throw new CirculationRefusedException(refusal.get());
            }
            String pickupUnit = core.unit(p, pickupUnitId != null ? pickupUnitId : ctx.unitId());
            HoldResult result;
            if (item.status() == ItemStatus.AVAILABLE) {
                LocalDate pickupBy = core.policy.orderPickupBy(p, today);
                long id = core.holds.insert(c, Hold.Kind.ORDER, p.id(), pickupUnit, m.id(), item.id(), now, pickupBy,
                        Hold.Status.READY, pickupBy);
                core.items.setStatus(c, item.id(), ItemStatus.ON_HOLD_SHELF, now);
                result = new HoldResult(id, Hold.Kind.ORDER, Hold.Status.READY, item.id(), pickupBy, pickupBy, 1);
            } else {
                LocalDate expires = core.policy.holdExpiry(p, today);
                long id = core.holds.insert(c, Hold.Kind.HOLD, p.id(), pickupUnit, m.id(), item.id(), now, expires,
                        Hold.Status.WAITING, null);
                int position = core.holds.activeForItem(c, item.id()).size();
                result = new HoldResult(id, Hold.Kind.HOLD, Hold.Status.WAITING, item.id(), expires, null, position);
            }
            core.events.record(c, ctx, result.kind() == Hold.Kind.ORDER ? "ORDER_PLACED" : "HOLD_PLACED", m.id(),
                    item.id(), CirculationService.details("holdId", result.holdId()), now);
            return core.idempotency.remember(c, "hold", ctx.requestId(), result, now);
        });
    }

    /** Cancels the member's active hold or order on the item; a ready item goes to the next in line. */
    public HoldResult cancel(OperationContext ctx, String memberIdOrCard, String itemId) {
        LibraryProfile p = core.profile(ctx.libraryId());
        return core.write((c, ch) -> {
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            Item item = core.item(c, p.id(), itemId, true);
            ch.member(m.id()).item(item.id());
            Optional<HoldResult> replay = core.idempotency.previous(c, "hold-cancel", ctx.requestId(), HoldResult.class);
            if (replay.isPresent()) {
                return replay.get();
            }
            Instant now = core.clock.instant();
            Hold hold = core.holds.activeForItem(c, item.id()).stream().filter(h -> h.memberId().equals(m.id()))
                    .findFirst().orElseThrow(() -> core.refused(p.id(), Reason.HOLD_UNKNOWN));
            core.holds.setStatus(c, hold.id(), Hold.Status.CANCELLED, hold.pickupBy());
            if (hold.status() == Hold.Status.READY) {
                promoteNextOrRelease(c, p, item, core.today(), now, ch);
            }
            core.events.record(c, ctx, "HOLD_CANCELLED", m.id(), item.id(),
                    CirculationService.details("holdId", hold.id()), now);
            HoldResult result = new HoldResult(hold.id(), hold.kind(), Hold.Status.CANCELLED, item.id(),
                    hold.expiresOn(), hold.pickupBy(), 0);
            return core.idempotency.remember(c, "hold-cancel", ctx.requestId(), result, now);
        });
    }

    record Routing(ItemStatus status, String holdMemberId, String transitTo) {
    }

    /** Where a returned item goes: to the first waiting hold, in transit home, or back on the shelf. */
    Routing routeReturnedItem(Connection c, LibraryProfile p, Item item, String returnUnit, LocalDate today,
                              Instant now, Changes ch) throws SQLException {
        expireStale(c, p, item, today, ch);
        Optional<Hold> next = core.holds.activeForItem(c, item.id()).stream()
                .filter(h -> h.status() == Hold.Status.WAITING).findFirst();
        if (next.isPresent()) {
            ch.member(next.get().memberId());
            core.holds.setStatus(c, next.get().id(), Hold.Status.READY, core.policy.holdPickupBy(p, today));
            core.items.setStatus(c, item.id(), ItemStatus.ON_HOLD_SHELF, now);
            String transit = next.get().pickupUnitId().equals(returnUnit) ? null : next.get().pickupUnitId();
            return new Routing(ItemStatus.ON_HOLD_SHELF, next.get().memberId(), transit);
        }
        if (!item.unitId().equals(returnUnit)) {
            core.items.setStatus(c, item.id(), ItemStatus.IN_TRANSIT, now);
            return new Routing(ItemStatus.IN_TRANSIT, null, item.unitId());
        }
        core.items.setStatus(c, item.id(), ItemStatus.AVAILABLE, now);
        return new Routing(ItemStatus.AVAILABLE, null, null);
    }

    /**
     * Expires holds past their lifetime and ready items not collected in time (checked lazily).
     * Returns whether anything changed.
     */
    boolean expireStale(Connection c, LibraryProfile p, Item item, LocalDate today, Changes ch) throws SQLException {
        Instant now = core.clock.instant();
        boolean changed = false;
        for (Hold h : core.holds.activeForItem(c, item.id())) {
            boolean pickupMissed = h.status() == Hold.Status.READY && h.pickupBy() != null && h.pickupBy().isBefore(today);
            boolean lifetimeOver = h.status() == Hold.Status.WAITING && h.expiresOn() != null && h.expiresOn().isBefore(today);
            if (pickupMissed || lifetimeOver) {
                changed = true;
                ch.member(h.memberId()).item(item.id());
                core.holds.setStatus(c, h.id(), Hold.Status.EXPIRED, h.pickupBy());
                if (pickupMissed) {
                    promoteNextOrRelease(c, p, item, today, now, ch);
                }
            }
        }
        return changed;
    }

    private void promoteNextOrRelease(Connection c, LibraryProfile p, Item item, LocalDate today, Instant now,
                                      Changes ch) throws SQLException {
        Optional<Hold> next = core.holds.activeForItem(c, item.id()).stream()
                .filter(h -> h.status() == Hold.Status.WAITING).findFirst();
        if (next.isPresent()) {
            ch.member(next.get().memberId());
            core.holds.setStatus(c, next.get().id(), Hold.Status.READY, core.policy.holdPickupBy(p, today));
        } else if (core.loans.activeForItem(c, item.id()).isEmpty()) {
            core.items.setStatus(c, item.id(), ItemStatus.AVAILABLE, now);
        }
    }
}
