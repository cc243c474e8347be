package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import si.knjizniprehod.sip2.backend.ItemView;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.ItemInformationRequest;
import si.knjizniprehod.sip2.message.ItemInformationResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 17 → 18. */
final class ItemInformationHandler extends MessageHandler<ItemInformationRequest> {
    ItemInformationHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Sip2Message handle(ItemInformationRequest q, Session s, TerminalContext ctx) {
        ItemView v = backend.itemInformation(ctx, q.itemId());
        String feeType = v.fee() == null ? "01" : v.feeType() == null ? "01" : v.feeType();
        return new ItemInformationResponse(v.status().code(), v.securityMarker() == null ? "00" : v.securityMarker(),
                feeType, now(), v.holdQueueLength(), v.dueDate() == null ? null : due(v.dueDate()), v.recallDate(),
                v.holdPickupDate(), q.itemId(), v.title() == null ? "" : v.title(), v.owner(),
                v.fee() == null ? null : "EUR", money(v.fee()), v.mediaType(), v.permanentLocation(),
                v.currentLocation(), v.itemProperties(), v.screenMessage(), null);
    }

    @Override
    Sip2Message refuse(ItemInformationRequest q, Session s, String msg) {
        return new ItemInformationResponse("01", "00", "01", now(), null, null, null, null, q.itemId(), "", null, null,
                null, null, null, null, null, msg, null);
    }
}
