package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 38 Fee paid response. */
public record FeePaidResponse(boolean paymentAccepted, LocalDateTime transactionDate, String institutionId,
                              String patronId, String transactionId, String screenMessage, String printLine)
        implements Sip2Message {
    public MessageType type() { return MessageType.FEE_PAID_RESPONSE; }

    public void write(FieldWriter w) {
        w.yn(paymentAccepted).date(transactionDate).req("AO", institutionId).req("AA", patronId)
                .opt("BK", transactionId).opt("AF", screenMessage).opt("AG", printLine);
    }

    public static FeePaidResponse parse(FieldReader r) throws Sip2ParseException {
        return new FeePaidResponse(r.yn(), r.date(), r.req("AO"), r.req("AA"), r.opt("BK"), r.opt("AF"), r.opt("AG"));
    }
}
