package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 20 Item status update response. */
public record ItemStatusUpdateResponse(boolean itemPropertiesOk, LocalDateTime transactionDate, String itemId,
                                       String titleIdentifier, String itemProperties, String screenMessage,
                                       String printLine) implements Sip2Message {
    public MessageType type() { return MessageType.ITEM_STATUS_UPDATE_RESPONSE; }

    public void write(FieldWriter w) {
        w.ok(itemPropertiesOk).date(transactionDate).req("AB", itemId).opt("AJ", titleIdentifier)
                .opt("CH", itemProperties).opt("AF", screenMessage).opt("AG", printLine);
    }

    public static ItemStatusUpdateResponse parse(FieldReader r) throws Sip2ParseException {
        return new ItemStatusUpdateResponse(r.ok(), r.date(), r.req("AB"), r.opt("AJ"), r.opt("CH"), r.opt("AF"),
                r.opt("AG"));
    }
}
