package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 25 Patron enable. */
public record PatronEnableRequest(LocalDateTime transactionDate, String institutionId, String patronId,
                                  String terminalPassword, String patronPassword) implements Sip2Message {
    public MessageType type() { return MessageType.PATRON_ENABLE; }

    public void write(FieldWriter w) {
        w.date(transactionDate).req("AO", institutionId).req("AA", patronId).opt("AC", terminalPassword)
                .opt("AD", patronPassword);
    }

    public static PatronEnableRequest parse(FieldReader r) throws Sip2ParseException {
        return new PatronEnableRequest(r.date(), r.req("AO"), r.req("AA"), r.opt("AC"), r.opt("AD"));
    }
}
