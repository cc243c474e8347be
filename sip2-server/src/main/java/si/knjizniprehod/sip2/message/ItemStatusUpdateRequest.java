package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 19 Item status update. */
public record ItemStatusUpdateRequest(LocalDateTime transactionDate, String institutionId, String itemId,
                                      String terminalPassword, String itemProperties) implements Sip2Message {
    public MessageType type() { return MessageType.ITEM_STATUS_UPDATE; }

    public void write(FieldWriter w) {
        w.date(transactionDate).req("AO", institutionId).req("AB", itemId).opt("AC", terminalPassword)
                .req("CH", itemProperties);
    }

    public static ItemStatusUpdateRequest parse(FieldReader r) throws Sip2ParseException {
        return new ItemStatusUpdateRequest(r.date(), r.req("AO"), r.req("AB"), r.opt("AC"), r.req("CH"));
    }
}
