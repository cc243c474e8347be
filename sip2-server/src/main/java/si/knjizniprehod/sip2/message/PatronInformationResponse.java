package si.knjizniprehod.sip2.message;

import java.util.List;
import java.util.Set;
import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 64 Patron information response. Item lists: AS hold, AT overdue, AU charged, AV fine, BU recall, CD unavailable holds. */
public record PatronInformationResponse(Set<PatronStatusFlag> patronStatus, String language,
                                        LocalDateTime transactionDate, int holdItemsCount, int overdueItemsCount,
                                        int chargedItemsCount, int fineItemsCount, int recallItemsCount,
                                        int unavailableHoldsCount, String institutionId, String patronId,
                                        String personalName, Integer holdItemsLimit, Integer overdueItemsLimit,
                                        Integer chargedItemsLimit, Boolean validPatron, Boolean validPatronPassword,
                                        String currencyType, String feeAmount, String feeLimit,
                                        List<String> holdItems, List<String> overdueItems, List<String> chargedItems,
                                        List<String> fineItems, List<String> recallItems,
                                        List<String> unavailableHoldItems, String homeAddress, String email,
                                        String homePhone, String screenMessage, String printLine)
        implements Sip2Message {
    public MessageType type() { return MessageType.PATRON_INFORMATION_RESPONSE; }

    public void write(FieldWriter w) {
        w.fixed(PatronStatusFlag.toBitmap(patronStatus), 14).fixed(language, 3).date(transactionDate)
                .num(holdItemsCount, 4).num(overdueItemsCount, 4).num(chargedItemsCount, 4).num(fineItemsCount, 4)
                .num(recallItemsCount, 4).num(unavailableHoldsCount, 4)
                .req("AO", institutionId).req("AA", patronId).req("AE", personalName)
                .opt("BZ", num4(holdItemsLimit)).opt("CA", num4(overdueItemsLimit)).opt("CB", num4(chargedItemsLimit))
                .opt("BL", PatronStatusResponse.yn(validPatron)).opt("CQ", PatronStatusResponse.yn(validPatronPassword))
                .opt("BH", currencyType).opt("BV", feeAmount).opt("CC", feeLimit)
                .all("AS", holdItems).all("AT", overdueItems).all("AU", chargedItems).all("AV", fineItems)
                .all("BU", recallItems).all("CD", unavailableHoldItems)
                .opt("BD", homeAddress).opt("BE", email).opt("BF", homePhone)
                .opt("AF", screenMessage).opt("AG", printLine);
    }

    static String num4(Integer v) {
        if (v == null) {
            return null;
        }
        String s = Integer.toString(Math.max(0, Math.min(9999, v)));
        return "0000".substring(s.length()) + s;
    }

    public static PatronInformationResponse parse(FieldReader r) throws Sip2ParseException {
        return new PatronInformationResponse(PatronStatusFlag.fromBitmap(r.fixed(14)), r.fixed(3), r.date(),
                r.num(4), r.num(4), r.num(4), r.num(4), r.num(4), r.num(4), r.req("AO"), r.req("AA"), r.req("AE"),
                PatronInformationRequest.intOrNull(r.opt("BZ")), PatronInformationRequest.intOrNull(r.opt("CA")),
                PatronInformationRequest.intOrNull(r.opt("CB")), PatronStatusResponse.yn(r.opt("BL")),
                PatronStatusResponse.yn(r.opt("CQ")), r.opt("BH"), r.opt("BV"), r.opt("CC"),
                r.all("AS"), r.all("AT"), r.all("AU"), r.all("AV"), r.all("BU"), r.all("CD"),
                r.opt("BD"), r.opt("BE"), r.opt("BF"), r.opt("AF"), r.opt("AG"));
    }
}
