package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 11 Checkout. */
public record CheckoutRequest(boolean scRenewalPolicy, boolean noBlock, LocalDateTime transactionDate,
                              LocalDateTime nbDueDate, String institutionId, String patronId, String itemId,
                              String terminalPassword, String itemProperties, String patronPassword,
                              Boolean feeAcknowledged, Boolean cancel) implements Sip2Message {
    public MessageType type() { return MessageType.CHECKOUT; }

    public void write(FieldWriter w) {
        w.yn(scRenewalPolicy).yn(noBlock).date(transactionDate).date(nbDueDate).req("AO", institutionId)
                .req("AA", patronId).req("AB", itemId).req("AC", terminalPassword).opt("CH", itemProperties)
                .opt("AD", patronPassword).opt("BO", PatronStatusResponse.yn(feeAcknowledged))
                .opt("BI", PatronStatusResponse.yn(cancel));
    }

    public static CheckoutRequest parse(FieldReader r) throws Sip2ParseException {
        return new CheckoutRequest(r.yn(), r.yn(), r.date(), r.date(), r.req("AO"), r.req("AA"), r.req("AB"),
                r.req("AC"), r.opt("CH"), r.opt("AD"), PatronStatusResponse.yn(r.opt("BO")),
                PatronStatusResponse.yn(r.opt("BI")));
    }
}
