package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.CheckoutCommand;
import si.knjizniprehod.sip2.backend.LoanResult;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.CheckoutRequest;
import si.knjizniprehod.sip2.message.CheckoutResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 11 → 12. */
final class CheckoutHandler extends MessageHandler<CheckoutRequest> {
    CheckoutHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.CHECKOUT;
    }

    @Override
    Sip2Message handle(CheckoutRequest q, Session s, TerminalContext ctx) {
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        LoanResult r = backend.checkout(ctx, new CheckoutCommand(q.patronId(), pin, q.itemId(), q.scRenewalPolicy(),
                q.noBlock(), q.nbDueDate(), Boolean.TRUE.equals(q.feeAcknowledged()), Boolean.TRUE.equals(q.cancel())));
        return new CheckoutResponse(r.ok(), r.renewalOk(), r.magneticMedia(), r.desensitize(), now(),
                ao(q.institutionId(), s), q.patronId(), q.itemId(), r.title() == null ? "" : r.title(), due(r.dueDate()),
                r.fee() == null ? null : r.feeType(), null, r.fee() == null ? null : "EUR", money(r.fee()),
                r.mediaType(), null, r.transactionId(), r.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(CheckoutRequest q, Session s, String msg) {
        return new CheckoutResponse(false, false, null, false, now(), ao(q.institutionId(), s), q.patronId(),
                q.itemId(), "", "", null, null, null, null, null, null, null, msg, null);
    }
}
