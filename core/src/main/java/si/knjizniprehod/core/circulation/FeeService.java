package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.circulation.Results.PaymentResult;
import si.knjizniprehod.core.model.Fee;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.Reason;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payments against a member's open charges, oldest first (or one named charge). */
public final class FeeService {
    private final Circulation core;

    FeeService(Circulation core) {
        this.core = core;
    }

    public PaymentResult pay(OperationContext ctx, String memberIdOrCard, BigDecimal amount, Long feeId,
                             String method, String reference) {
        LibraryProfile p = core.profile(ctx.libraryId());
        return core.write((c, ch) -> {
            Member m = core.member(c, p.id(), memberIdOrCard, true);
            ch.member(m.id());
            Optional<PaymentResult> replay = core.idempotency.previous(c, "pay", ctx.requestId(), PaymentResult.class);
            if (replay.isPresent()) {
                return replay.get();
            }
            BigDecimal owed = core.fees.outstanding(c, m.id(), p.id());
            if (amount == null || amount.signum() <= 0 || amount.compareTo(owed) > 0 || amount.scale() > 2) {
                throw core.refused(p.id(), Reason.PAYMENT_INVALID, Map.of());
            }
            Instant now = core.clock.instant();
            List<Fee> open = core.fees.open(c, m.id()).stream()
                    .filter(f -> f.libraryId().equals(p.id()))
                    .filter(f -> feeId == null || f.id() == feeId).toList();
            BigDecimal left = amount;
            for (Fee f : open) {
                BigDecimal part = left.min(f.outstanding());
                core.fees.addPayment(c, f.id(), part);
                left = left.subtract(part);
                if (left.signum() == 0) {
                    break;
                }
            }
            if (left.signum() > 0) {
                throw core.refused(p.id(), Reason.PAYMENT_INVALID, Map.of());
            }
            long paymentId = core.fees.recordPayment(c, m.id(), p.id(), amount, now,
                    method == null ? "CASH" : method, reference);
            core.events.record(c, ctx, "FEE_PAID", m.id(), null,
                    CirculationService.details("paymentId", paymentId, "amount", amount), now);
            PaymentResult result = new PaymentResult(paymentId, amount.setScale(2),
                    core.fees.outstanding(c, m.id(), p.id()));
            return core.idempotency.remember(c, "pay", ctx.requestId(), result, now);
        });
    }
}
