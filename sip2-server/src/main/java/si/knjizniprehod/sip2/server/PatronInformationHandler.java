package si.knjizniprehod.sip2.server;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import si.knjizniprehod.sip2.backend.ItemListKind;
import si.knjizniprehod.sip2.backend.PatronRequest;
import si.knjizniprehod.sip2.backend.PatronView;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.PatronInformationRequest;
import si.knjizniprehod.sip2.message.PatronInformationResponse;
import si.knjizniprehod.sip2.message.PatronStatusFlag;
import si.knjizniprehod.sip2.message.Sip2Message;

/** 63 → 64: the summary position selects one item list; BP/BQ (1-based, inclusive) select its range. */
final class PatronInformationHandler extends MessageHandler<PatronInformationRequest> {
    /** Upper bound of items listed in one response when BQ is absent (keeps frames under the maximum). */
    static final int MAX_ITEMS = 50;

    PatronInformationHandler(Sip2Backend backend, ZoneId zone) {
        super(backend, zone);
    }

    @Override
    Sip2Message handle(PatronInformationRequest q, Session s, TerminalContext ctx) {
        int idx = q.requestedList();
        ItemListKind kind = idx < 0 ? null : ItemListKind.values()[idx];
        String pin = q.patronPassword() == null || q.patronPassword().isEmpty() ? null : q.patronPassword();
        PatronView p = backend.patronInformation(ctx, new PatronRequest(q.patronId(), pin, kind));
        List<String> items = kind == null ? List.of() : range(p.items(), q.startItem(), q.endItem());
        return new PatronInformationResponse(p.flags(), lang(q.language()), now(), p.holdCount(), p.overdueCount(),
                p.chargedCount(), p.fineCount(), p.recallCount(), p.unavailableHoldCount(), ao(q.institutionId(), s),
                q.patronId(), p.personalName(), p.holdLimit(), p.overdueLimit(), p.chargedLimit(), p.validPatron(),
                p.pinValid(), "EUR", money(p.feeAmount()), money(p.feeLimit()),
                kind == ItemListKind.HOLD ? items : List.of(), kind == ItemListKind.OVERDUE ? items : List.of(),
                kind == ItemListKind.CHARGED ? items : List.of(), kind == ItemListKind.FINE ? items : List.of(),
                kind == ItemListKind.RECALL ? items : List.of(),
                kind == ItemListKind.UNAVAILABLE_HOLD ? items : List.of(), p.homeAddress(), p.email(), p.homePhone(),
                p.screenMessage(), null);
    }

    static List<String> range(List<String> all, Integer start, Integer end) {
        int from = start == null || start < 1 ? 1 : start;
        int to = end == null || end < from ? from + MAX_ITEMS - 1 : Math.min(end, from + MAX_ITEMS - 1);
        if (from > all.size()) {
            return List.of();
        }
        return all.subList(from - 1, Math.min(to, all.size()));
    }

    @Override
    Sip2Message refuse(PatronInformationRequest q, Session s, String msg) {
        return new PatronInformationResponse(Set.of(PatronStatusFlag.values()), lang(q.language()), now(), 0, 0, 0, 0,
                0, 0, ao(q.institutionId(), s), q.patronId(), "", null, null, null, false, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, msg, null);
    }
}
