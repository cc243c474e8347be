package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import java.util.Set;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 24 Patron status response (also the answer to 01 block patron). */
public record PatronStatusResponse(Set<PatronStatusFlag> patronStatus, String language, LocalDateTime transactionDate,
                                   String institutionId, String patronId, String personalName, Boolean validPatron,
                                   Boolean validPatronPassword, String currencyType, String feeAmount,
                                   String screenMessage, String printLine) implements Sip2Message {
    public MessageType type() { return MessageType.PATRON_STATUS_RESPONSE; }

    public void write(FieldWriter w) {
        w.fixed(PatronStatusFlag.toBitmap(patronStatus), 14).fixed(language, 3).date(transactionDate)
                .req("AO", institutionId).req("AA", patronId).req("AE", personalName)
                .opt("BL", yn(validPatron)).opt("CQ", yn(validPatronPassword)).opt("BH", currencyType)
                .opt("BV", feeAmount).opt("AF", screenMessage).opt("AG", printLine);
    }

    public static PatronStatusResponse parse(FieldReader r) throws Sip2ParseException {
        return new PatronStatusResponse(PatronStatusFlag.fromBitmap(r.fixed(14)), r.fixed(3), r.date(), r.req("AO"),
                r.req("AA"), r.req("AE"), yn(r.opt("BL")), yn(r.opt("CQ")), r.opt("BH"), r.opt("BV"), r.opt("AF"),
                r.opt("AG"));
    }

    static String yn(Boolean b) {
        return b == null ? null : b ? "Y" : "N";
    }

    static Boolean yn(String s) {
        return s == null ? null : s.startsWith("Y");
    }
}
