package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.HoldCommand;
import si.knjizniprehod.sip2.backend.HoldResult;
import si.knjizniprehod.sip2.backend.Language;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.HoldRequest;
import si.knjizniprehod.sip2.message.HoldResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 15 → 16. Hold mode '+' add, '-' delete, '*' change; anything else is refused. */
final class HoldHandler extends MessageHandler<HoldRequest> {
    HoldHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.HOLD;
    }

    @Override
    Sip2Message handle(HoldRequest q, Session s, TerminalContext ctx) {
        HoldCommand.Mode mode = switch (q.holdMode()) {
            case '+' -> HoldCommand.Mode.ADD;
            case '-' -> HoldCommand.Mode.DELETE;
            case '*' -> HoldCommand.Mode.CHANGE;
            default -> null;
        };
        if (mode == null) {
            return refuse(q, s, s.language() == Language.EN ? "Unknown hold mode." : "Neznana vrsta rezervacije.");
        }
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        HoldResult r = backend.hold(ctx, new HoldCommand(mode, q.patronId(), pin, q.itemId(), q.titleIdentifier(),
                q.expirationDate(), q.pickupLocation(), q.holdType(), Boolean.TRUE.equals(q.feeAcknowledged())));
        return new HoldResponse(r.ok(), r.available(), now(), r.expirationDate(), r.queuePosition(),
                r.pickupLocation(), ao(q.institutionId(), s), q.patronId(), r.itemId(), r.title(), r.screenMessage(),
                null);
    }

    @Override
    Sip2Message refuse(HoldRequest q, Session s, String msg) {
        return new HoldResponse(false, false, now(), null, null, null, ao(q.institutionId(), s), q.patronId(),
                q.itemId(), q.titleIdentifier(), msg, null);
    }
}
