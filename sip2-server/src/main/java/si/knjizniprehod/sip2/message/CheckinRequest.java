package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 09 Checkin. */
public record CheckinRequest(boolean noBlock, LocalDateTime transactionDate, LocalDateTime returnDate,
                             String currentLocation, String institutionId, String itemId, String terminalPassword,
                             String itemProperties, Boolean cancel) implements Sip2Message {
    public MessageType type() { return MessageType.CHECKIN; }

    public void write(FieldWriter w) {
        w.yn(noBlock).date(transactionDate).date(returnDate).req("AP", currentLocation).req("AO", institutionId)
                .req("AB", itemId).req("AC", terminalPassword).opt("CH", itemProperties)
                .opt("BI", PatronStatusResponse.yn(cancel));
    }

    public static CheckinRequest parse(FieldReader r) throws Sip2ParseException {
        return new CheckinRequest(r.yn(), r.date(), r.date(), r.req("AP"), r.req("AO"), r.req("AB"), r.req("AC"),
                r.opt("CH"), PatronStatusResponse.yn(r.opt("BI")));
    }
}
