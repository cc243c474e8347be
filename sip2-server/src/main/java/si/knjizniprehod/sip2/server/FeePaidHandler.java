package si.knjizniprehod.sip2.server;

import java.math.BigDecimal;
import java.time.ZoneId;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.FeePaidResult;
import si.knjizniprehod.sip2.backend.FeePayment;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.FeePaidRequest;
import si.knjizniprehod.sip2.message.FeePaidResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 37 → 38. An amount that is not a decimal number is refused without calling the backend. */
final class FeePaidHandler extends MessageHandler<FeePaidRequest> {
    FeePaidHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.FEE_PAID;
    }

    @Override
    Sip2Message handle(FeePaidRequest q, Session s, TerminalContext ctx) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(q.feeAmount().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return refuse(q, s, s.language() == si.knjizniprehod.sip2.backend.Language.EN
                    ? "Invalid amount." : "Neveljaven znesek.");
        }
        if (amount.signum() <= 0) {
            return refuse(q, s, s.language() == si.knjizniprehod.sip2.backend.Language.EN
                    ? "Invalid amount." : "Neveljaven znesek.");
        }
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        FeePaidResult r = backend.feePaid(ctx, new FeePayment(q.patronId(), pin, amount, q.currencyType().trim(),
                q.feeType(), q.paymentType(), q.feeIdentifier(), q.transactionId()));
        return new FeePaidResponse(r.accepted(), now(), ao(q.institutionId(), s), q.patronId(), r.transactionId(),
                r.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(FeePaidRequest q, Session s, String msg) {
        return new FeePaidResponse(false, now(), ao(q.institutionId(), s), q.patronId(), q.transactionId(), msg, null);
    }
}
