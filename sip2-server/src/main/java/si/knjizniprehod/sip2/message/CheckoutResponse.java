package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 12 Checkout response. magneticMedia and desensitize: null = unknown (U). */
public record CheckoutResponse(boolean ok, boolean renewalOk, Boolean magneticMedia, Boolean desensitize,
                               LocalDateTime transactionDate, String institutionId, String patronId, String itemId,
                               String titleIdentifier, String dueDate, String feeType, Boolean securityInhibit,
                               String currencyType, String feeAmount, String mediaType, String itemProperties,
                               String transactionId, String screenMessage, String printLine) implements Sip2Message {
    public MessageType type() { return MessageType.CHECKOUT_RESPONSE; }

    public void write(FieldWriter w) {
        w.ok(ok).yn(renewalOk).ynu(magneticMedia).ynu(desensitize).date(transactionDate).req("AO", institutionId)
                .req("AA", patronId).req("AB", itemId).req("AJ", titleIdentifier).req("AH", dueDate)
                .opt("BT", feeType).opt("BI", PatronStatusResponse.yn(securityInhibit)).opt("BH", currencyType)
                .opt("BV", feeAmount).opt("CK", mediaType).opt("CH", itemProperties).opt("BK", transactionId)
                .opt("AF", screenMessage).opt("AG", printLine);
    }

    public static CheckoutResponse parse(FieldReader r) throws Sip2ParseException {
        return new CheckoutResponse(r.ok(), r.yn(), r.ynu(), r.ynu(), r.date(), r.req("AO"), r.req("AA"), r.req("AB"),
                r.req("AJ"), r.req("AH"), r.opt("BT"), PatronStatusResponse.yn(r.opt("BI")), r.opt("BH"), r.opt("BV"),
                r.opt("CK"), r.opt("CH"), r.opt("BK"), r.opt("AF"), r.opt("AG"));
    }
}
