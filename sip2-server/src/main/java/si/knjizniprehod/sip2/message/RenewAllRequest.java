package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 65 Renew all. */
public record RenewAllRequest(LocalDateTime transactionDate, String institutionId, String patronId,
                              String patronPassword, String terminalPassword, Boolean feeAcknowledged)
        implements Sip2Message {
    public MessageType type() { return MessageType.RENEW_ALL; }

    public void write(FieldWriter w) {
        w.date(transactionDate).req("AO", institutionId).req("AA", patronId).opt("AD", patronPassword)
                .opt("AC", terminalPassword).opt("BO", PatronStatusResponse.yn(feeAcknowledged));
    }

    public static RenewAllRequest parse(FieldReader r) throws Sip2ParseException {
        return new RenewAllRequest(r.date(), r.req("AO"), r.req("AA"), r.opt("AD"), r.opt("AC"),
                PatronStatusResponse.yn(r.opt("BO")));
    }
}
