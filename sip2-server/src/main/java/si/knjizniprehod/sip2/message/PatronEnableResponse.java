package si.knjizniprehod.sip2.message;

import java.util.Set;
import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 26 Patron enable response. */
public record PatronEnableResponse(Set<PatronStatusFlag> patronStatus, String language, LocalDateTime transactionDate,
                                   String institutionId, String patronId, String personalName, Boolean validPatron,
                                   Boolean validPatronPassword, String screenMessage, String printLine)
        implements Sip2Message {
    public MessageType type() { return MessageType.PATRON_ENABLE_RESPONSE; }

    public void write(FieldWriter w) {
        w.fixed(PatronStatusFlag.toBitmap(patronStatus), 14).fixed(language, 3).date(transactionDate)
                .req("AO", institutionId).req("AA", patronId).req("AE", personalName)
                .opt("BL", PatronStatusResponse.yn(validPatron)).opt("CQ", PatronStatusResponse.yn(validPatronPassword))
                .opt("AF", screenMessage).opt("AG", printLine);
    }

    public static PatronEnableResponse parse(FieldReader r) throws Sip2ParseException {
        return new PatronEnableResponse(PatronStatusFlag.fromBitmap(r.fixed(14)), r.fixed(3), r.date(), r.req("AO"),
                r.req("AA"), r.req("AE"), PatronStatusResponse.yn(r.opt("BL")), PatronStatusResponse.yn(r.opt("CQ")),
                r.opt("AF"), r.opt("AG"));
    }
}
