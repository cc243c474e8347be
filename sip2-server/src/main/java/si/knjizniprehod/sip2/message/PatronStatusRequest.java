package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 23 Patron status request. */
public record PatronStatusRequest(String language, LocalDateTime transactionDate, String institutionId,
                                  String patronId, String terminalPassword, String patronPassword)
        implements Sip2Message {
    public MessageType type() { return MessageType.PATRON_STATUS; }

    public void write(FieldWriter w) {
        w.fixed(language, 3).date(transactionDate).req("AO", institutionId).req("AA", patronId)
                .req("AC", terminalPassword).req("AD", patronPassword);
    }

    public static PatronStatusRequest parse(FieldReader r) throws Sip2ParseException {
        return new PatronStatusRequest(r.fixed(3), r.date(), r.req("AO"), r.req("AA"), r.req("AC"), r.req("AD"));
    }
}
