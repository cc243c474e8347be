package si.knjizniprehod.routes.api;

import org.apache.camel.Exchange;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.circulation.OperationContext;

import java.math.BigDecimal;

import static si.knjizniprehod.routes.api.Http.body;
import static si.knjizniprehod.routes.api.Http.require;
import static si.knjizniprehod.routes.api.Http.respond;

/** {@code /api/circulation/*}: one method per operation, each a thin JSON shell over the core service. */
public final class CirculationApi {
    private final Circulation core;

    public CirculationApi(Circulation core) {
        this.core = core;
    }

    public record CheckoutRequest(String library, String unit, String member, String item, String requestId) {
    }

    public record CheckinRequest(String library, String unit, String item, String requestId) {
    }

    public record RenewRequest(String library, String unit, String member, String item, String requestId) {
    }

    public record RenewAllRequest(String library, String unit, String member, String requestId) {
    }

    public record HoldRequest(String library, String unit, String member, String item, String pickupUnit,
                              String requestId) {
    }

    public record PaymentRequest(String library, String unit, String member, BigDecimal amount, Long feeId,
                                 String method, String reference, String requestId) {
    }

    private static OperationContext ctx(String library, String unit, String requestId) {
        return OperationContext.rest(require(library, "library").toUpperCase(java.util.Locale.ROOT), unit, requestId);
    }

    public void checkout(Exchange ex) {
        CheckoutRequest r = body(ex, CheckoutRequest.class);
        respond(ex, 200, core.circulation().checkout(ctx(r.library(), r.unit(), r.requestId()),
                require(r.member(), "member"), require(r.item(), "item")));
    }

    public void checkin(Exchange ex) {
        CheckinRequest r = body(ex, CheckinRequest.class);
        respond(ex, 200, core.circulation().checkin(ctx(r.library(), r.unit(), r.requestId()), require(r.item(), "item")));
    }

    public void renew(Exchange ex) {
        RenewRequest r = body(ex, RenewRequest.class);
        respond(ex, 200, core.circulation().renew(ctx(r.library(), r.unit(), r.requestId()),
                require(r.member(), "member"), require(r.item(), "item")));
    }

    public void renewAll(Exchange ex) {
        RenewAllRequest r = body(ex, RenewAllRequest.class);
        respond(ex, 200, core.circulation().renewAll(ctx(r.library(), r.unit(), r.requestId()),
                require(r.member(), "member")));
    }

    public void placeHold(Exchange ex) {
        HoldRequest r = body(ex, HoldRequest.class);
        respond(ex, 201, core.holds().place(ctx(r.library(), r.unit(), r.requestId()), require(r.member(), "member"),
                require(r.item(), "item"), r.pickupUnit()));
    }

    public void cancelHold(Exchange ex) {
        HoldRequest r = body(ex, HoldRequest.class);
        respond(ex, 200, core.holds().cancel(ctx(r.library(), r.unit(), r.requestId()), require(r.member(), "member"),
                require(r.item(), "item")));
    }

    public void pay(Exchange ex) {
        PaymentRequest r = body(ex, PaymentRequest.class);
        if (r.amount() == null) {
            throw new BadRequestException("field 'amount' is required");
        }
        respond(ex, 200, core.fees().pay(ctx(r.library(), r.unit(), r.requestId()), require(r.member(), "member"),
                r.amount(), r.feeId(), r.method(), r.reference()));
    }

    /** {@code GET /api/circulation/items/{id}?library=}: item information with due date and hold queue. */
    public void itemInformation(Exchange ex) {
        respond(ex, 200, core.patrons().item(require(Http.header(ex, "library"), "library").toUpperCase(java.util.Locale.ROOT),
                Http.header(ex, "id")));
    }
}
