package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import si.knjizniprehod.sip2.backend.EndSessionResult;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.EndPatronSessionRequest;
import si.knjizniprehod.sip2.message.EndSessionResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 35 → 36. In outage mode the session simply ends (nothing to store). */
final class EndSessionHandler extends MessageHandler<EndPatronSessionRequest> {
    EndSessionHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Sip2Message handle(EndPatronSessionRequest q, Session s, TerminalContext ctx) {
        EndSessionResult r = backend.endSession(ctx, q.patronId());
        return new EndSessionResponse(r.ended(), now(), ao(q.institutionId(), s), q.patronId(), r.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(EndPatronSessionRequest q, Session s, String msg) {
        return new EndSessionResponse(true, now(), ao(q.institutionId(), s), q.patronId(), msg, null);
    }
}
