package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import java.util.Set;
import si.knjizniprehod.sip2.backend.PatronRequest;
import si.knjizniprehod.sip2.backend.PatronView;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.PatronStatusFlag;
import si.knjizniprehod.sip2.message.PatronStatusRequest;
import si.knjizniprehod.sip2.message.PatronStatusResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 23 → 24. */
final class PatronStatusHandler extends MessageHandler<PatronStatusRequest> {
    PatronStatusHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Sip2Message handle(PatronStatusRequest q, Session s, TerminalContext ctx) {
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        PatronView p = backend.patronStatus(ctx, new PatronRequest(q.patronId(), pin, null));
        return response(p, q.language(), ao(q.institutionId(), s), q.patronId(), now());
    }

    static PatronStatusResponse response(PatronView p, String language, String ao, String patronId,
                                         java.time.LocalDateTime now) {
        return new PatronStatusResponse(p.flags(), lang(language), now, ao, patronId, p.personalName(),
                p.validPatron(), p.pinValid(), "EUR", money(p.feeAmount()), p.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(PatronStatusRequest q, Session s, String msg) {
        return new PatronStatusResponse(Set.of(PatronStatusFlag.values()), lang(q.language()), now(),
                ao(q.institutionId(), s), q.patronId(), "", false, null, null, null, msg, null);
    }
}
