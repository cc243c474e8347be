package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 16 Hold response. */
public record HoldResponse(boolean ok, boolean available, LocalDateTime transactionDate, LocalDateTime expirationDate,
                           Integer queuePosition, String pickupLocation, String institutionId, String patronId,
                           String itemId, String titleIdentifier, String screenMessage, String printLine)
        implements Sip2Message {
    public MessageType type() { return MessageType.HOLD_RESPONSE; }

    public void write(FieldWriter w) {
        w.ok(ok).yn(available).date(transactionDate).optDate("BW", expirationDate)
                .opt("BR", queuePosition == null ? null : queuePosition.toString()).opt("BS", pickupLocation)
                .req("AO", institutionId).req("AA", patronId).opt("AB", itemId).opt("AJ", titleIdentifier)
                .opt("AF", screenMessage).opt("AG", printLine);
    }

    public static HoldResponse parse(FieldReader r) throws Sip2ParseException {
        return new HoldResponse(r.ok(), r.yn(), r.date(), r.optDate("BW"),
                PatronInformationRequest.intOrNull(r.opt("BR")), r.opt("BS"), r.req("AO"), r.req("AA"), r.opt("AB"),
                r.opt("AJ"), r.opt("AF"), r.opt("AG"));
    }
}
