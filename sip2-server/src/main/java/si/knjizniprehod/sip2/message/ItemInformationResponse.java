package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 18 Item information response. circulationStatus 01..13, securityMarker 00..03, feeType 01..09 (two digits). */
public record ItemInformationResponse(String circulationStatus, String securityMarker, String feeType,
                                      LocalDateTime transactionDate, Integer holdQueueLength, String dueDate,
                                      LocalDateTime recallDate, LocalDateTime holdPickupDate, String itemId,
                                      String titleIdentifier, String owner, String currencyType, String feeAmount,
                                      String mediaType, String permanentLocation, String currentLocation,
                                      String itemProperties, String screenMessage, String printLine)
        implements Sip2Message {
    public MessageType type() { return MessageType.ITEM_INFORMATION_RESPONSE; }

    public void write(FieldWriter w) {
        w.fixed(circulationStatus, 2).fixed(securityMarker, 2).fixed(feeType, 2).date(transactionDate)
                .opt("CF", holdQueueLength == null ? null : holdQueueLength.toString()).opt("AH", dueDate)
                .optDate("CJ", recallDate).optDate("CM", holdPickupDate).req("AB", itemId).req("AJ", titleIdentifier)
                .opt("BG", owner).opt("BH", currencyType).opt("BV", feeAmount).opt("CK", mediaType)
                .opt("AQ", permanentLocation).opt("AP", currentLocation).opt("CH", itemProperties)
                .opt("AF", screenMessage).opt("AG", printLine);
    }

    public static ItemInformationResponse parse(FieldReader r) throws Sip2ParseException {
        return new ItemInformationResponse(r.fixed(2), r.fixed(2), r.fixed(2), r.date(),
                PatronInformationRequest.intOrNull(r.opt("CF")), r.opt("AH"), r.optDate("CJ"), r.optDate("CM"),
                r.req("AB"), r.req("AJ"), r.opt("BG"), r.opt("BH"), r.opt("BV"), r.opt("CK"), r.opt("AQ"), r.opt("AP"),
                r.opt("CH"), r.opt("AF"), r.opt("AG"));
    }
}
