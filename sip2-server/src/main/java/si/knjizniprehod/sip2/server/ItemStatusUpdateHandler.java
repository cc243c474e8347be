package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.ItemStatusUpdateResult;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.ItemStatusUpdateRequest;
import si.knjizniprehod.sip2.message.ItemStatusUpdateResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 19 → 20. */
final class ItemStatusUpdateHandler extends MessageHandler<ItemStatusUpdateRequest> {
    ItemStatusUpdateHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.STATUS_UPDATE;
    }

    @Override
    Sip2Message handle(ItemStatusUpdateRequest q, Session s, TerminalContext ctx) {
        ItemStatusUpdateResult r = backend.itemStatusUpdate(ctx, q.itemId(), q.itemProperties());
        return new ItemStatusUpdateResponse(r.ok(), now(), q.itemId(), r.title(), r.itemProperties(), r.screenMessage(),
                null);
    }

    @Override
    Sip2Message refuse(ItemStatusUpdateRequest q, Session s, String msg) {
        return new ItemStatusUpdateResponse(false, now(), q.itemId(), null, null, msg, null);
    }
}
