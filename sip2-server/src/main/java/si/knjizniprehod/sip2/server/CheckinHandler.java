package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.CheckinCommand;
import si.knjizniprehod.sip2.backend.CheckinResult;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.CheckinRequest;
import si.knjizniprehod.sip2.message.CheckinResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 09 → 10; also served in outage mode (the backend queues it). */
final class CheckinHandler extends MessageHandler<CheckinRequest> {
    CheckinHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.CHECKIN;
    }

    @Override
    boolean servedOffline() {
        return true;
    }

    @Override
    Sip2Message handle(CheckinRequest q, Session s, TerminalContext ctx) {
        return handle(q, s, ctx, false);
    }

    Sip2Message handle(CheckinRequest q, Session s, TerminalContext ctx, boolean offline) {
        CheckinResult r = backend.checkin(ctx, new CheckinCommand(q.itemId(), q.noBlock(), q.returnDate(),
                q.currentLocation(), q.itemProperties(), Boolean.TRUE.equals(q.cancel()), offline));
        String permanent = r.permanentLocation() == null ? "" : r.permanentLocation();
        return new CheckinResponse(r.ok(), r.resensitize(), r.magneticMedia(), r.alert(), now(),
                ao(q.institutionId(), s), q.itemId(), permanent, r.title(), r.patronId(), r.mediaType(), null,
                r.sortBin(), r.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(CheckinRequest q, Session s, String msg) {
        return new CheckinResponse(false, false, null, false, now(), ao(q.institutionId(), s), q.itemId(), "", null,
                null, null, null, null, msg, null);
    }
}
