package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import java.util.Set;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.PatronView;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.BlockPatronRequest;
import si.knjizniprehod.sip2.message.PatronStatusFlag;
import si.knjizniprehod.sip2.message.PatronStatusResponse;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 01 → 24. */
final class BlockPatronHandler extends MessageHandler<BlockPatronRequest> {
    BlockPatronHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Operation operation() {
        return Operation.BLOCK_PATRON;
    }

    @Override
    Sip2Message handle(BlockPatronRequest q, Session s, TerminalContext ctx) {
        PatronView p = backend.blockPatron(ctx, q.patronId(), q.cardRetained(), q.blockedCardMessage());
        return PatronStatusHandler.response(p, "000", ao(q.institutionId(), s), q.patronId(), now());
    }

    @Override
    Sip2Message refuse(BlockPatronRequest q, Session s, String msg) {
        return new PatronStatusResponse(Set.of(PatronStatusFlag.values()), "000", now(), ao(q.institutionId(), s),
                q.patronId(), "", false, null, null, null, msg, null);
    }
}
