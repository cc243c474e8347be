package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import java.util.List;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.RenewAllResult;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.RenewAllRequest;
import si.knjizniprehod.sip2.message.RenewAllResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 65 → 66. */
final class RenewAllHandler extends MessageHandler<RenewAllRequest> {
    RenewAllHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.RENEWAL;
    }

    @Override
    Sip2Message handle(RenewAllRequest q, Session s, TerminalContext ctx) {
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        RenewAllResult r = backend.renewAll(ctx, q.patronId(), pin, Boolean.TRUE.equals(q.feeAcknowledged()));
        return new RenewAllResponse(r.ok(), r.renewed().size(), r.unrenewed().size(), now(), ao(q.institutionId(), s),
                r.renewed(), r.unrenewed(), r.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(RenewAllRequest q, Session s, String msg) {
        return new RenewAllResponse(false, 0, 0, now(), ao(q.institutionId(), s), List.of(), List.of(), msg, null);
    }
}
