package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import java.util.Set;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.PatronRequest;
import si.knjizniprehod.sip2.backend.PatronView;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.PatronEnableRequest;
import si.knjizniprehod.sip2.message.PatronEnableResponse;
import si.knjizniprehod.sip2.message.PatronStatusFlag;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 25 → 26. */
final class PatronEnableHandler extends MessageHandler<PatronEnableRequest> {
    PatronEnableHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.PATRON_ENABLE;
    }

    @Override
    Sip2Message handle(PatronEnableRequest q, Session s, TerminalContext ctx) {
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        PatronView p = backend.patronEnable(ctx, new PatronRequest(q.patronId(), pin, null));
        return new PatronEnableResponse(p.flags(), "000", now(), ao(q.institutionId(), s), q.patronId(),
                p.personalName(), p.validPatron(), p.pinValid(), p.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(PatronEnableRequest q, Session s, String msg) {
        return new PatronEnableResponse(Set.of(PatronStatusFlag.values()), "000", now(), ao(q.institutionId(), s),
                q.patronId(), "", false, null, msg, null);
    }
}
