package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 29 Renew. */
public record RenewRequest(boolean thirdPartyAllowed, boolean noBlock, LocalDateTime transactionDate,
                           LocalDateTime nbDueDate, String institutionId, String patronId, String patronPassword,
                           String itemId, String titleIdentifier, String terminalPassword, String itemProperties,
                           Boolean feeAcknowledged) implements Sip2Message {
    public MessageType type() { return MessageType.RENEW; }

    public void write(FieldWriter w) {
        w.yn(thirdPartyAllowed).yn(noBlock).date(transactionDate).date(nbDueDate).req("AO", institutionId)
                .req("AA", patronId).opt("AD", patronPassword).opt("AB", itemId).opt("AJ", titleIdentifier)
                .opt("AC", terminalPassword).opt("CH", itemProperties)
                .opt("BO", PatronStatusResponse.yn(feeAcknowledged));
    }

    public static RenewRequest parse(FieldReader r) throws Sip2ParseException {
        return new RenewRequest(r.yn(), r.yn(), r.date(), r.date(), r.req("AO"), r.req("AA"), r.opt("AD"),
                r.opt("AB"), r.opt("AJ"), r.opt("AC"), r.opt("CH"), PatronStatusResponse.yn(r.opt("BO")));
    }
}
