package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.LoanResult;
import si.knjizniprehod.sip2.backend.RenewCommand;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.RenewRequest;
import si.knjizniprehod.sip2.message.RenewResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 29 → 30. */
final class RenewHandler extends MessageHandler<RenewRequest> {
    RenewHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.RENEWAL;
    }

    @Override
    Sip2Message handle(RenewRequest q, Session s, TerminalContext ctx) {
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        LoanResult r = backend.renew(ctx, new RenewCommand(q.patronId(), pin, q.itemId(), q.titleIdentifier(),
                q.thirdPartyAllowed(), q.noBlock(), q.nbDueDate(), Boolean.TRUE.equals(q.feeAcknowledged())));
        return new RenewResponse(r.ok(), r.renewalOk(), r.magneticMedia(), r.desensitize(), now(),
                ao(q.institutionId(), s), q.patronId(), q.itemId() == null ? "" : q.itemId(),
                r.title() == null ? "" : r.title(), due(r.dueDate()), r.fee() == null ? null : r.feeType(), null,
                r.fee() == null ? null : "EUR", money(r.fee()), r.mediaType(), null, r.transactionId(),
                r.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(RenewRequest q, Session s, String msg) {
        return new RenewResponse(false, false, null, false, now(), ao(q.institutionId(), s), q.patronId(),
                q.itemId() == null ? "" : q.itemId(), "", "", null, null, null, null, null, null, null, msg, null);
    }
}
