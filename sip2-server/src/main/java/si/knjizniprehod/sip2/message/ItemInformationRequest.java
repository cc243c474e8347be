package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 17 Item information. */
public record ItemInformationRequest(LocalDateTime transactionDate, String institutionId, String itemId,
                                     String terminalPassword) implements Sip2Message {
    public MessageType type() { return MessageType.ITEM_INFORMATION; }

    public void write(FieldWriter w) {
        w.date(transactionDate).req("AO", institutionId).req("AB", itemId).opt("AC", terminalPassword);
    }

    public static ItemInformationRequest parse(FieldReader r) throws Sip2ParseException {
        return new ItemInformationRequest(r.date(), r.req("AO"), r.req("AB"), r.opt("AC"));
    }
}
