package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 37 Fee paid. feeType and paymentType are two digits, currencyType three letters (EUR). */
public record FeePaidRequest(LocalDateTime transactionDate, String feeType, String paymentType, String currencyType,
                             String feeAmount, String institutionId, String patronId, String terminalPassword,
                             String patronPassword, String feeIdentifier, String transactionId)
        implements Sip2Message {
    public MessageType type() { return MessageType.FEE_PAID; }

    public void write(FieldWriter w) {
        w.date(transactionDate).fixed(feeType, 2).fixed(paymentType, 2).fixed(currencyType, 3).req("BV", feeAmount)
                .req("AO", institutionId).req("AA", patronId).opt("AC", terminalPassword).opt("AD", patronPassword)
                .opt("CG", feeIdentifier).opt("BK", transactionId);
    }

    public static FeePaidRequest parse(FieldReader r) throws Sip2ParseException {
        return new FeePaidRequest(r.date(), r.fixed(2), r.fixed(2), r.fixed(3), r.req("BV"), r.req("AO"), r.req("AA"),
                r.opt("AC"), r.opt("AD"), r.opt("CG"), r.opt("BK"));
    }
}
