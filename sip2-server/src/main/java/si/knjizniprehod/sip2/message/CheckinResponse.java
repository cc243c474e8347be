package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 10 Checkin response. */
public record CheckinResponse(boolean ok, boolean resensitize, Boolean magneticMedia, boolean alert,
                              LocalDateTime transactionDate, String institutionId, String itemId,
                              String permanentLocation, String titleIdentifier, String patronId, String mediaType,
                              String itemProperties, String sortBin, String screenMessage, String printLine)
        implements Sip2Message {
    public MessageType type() { return MessageType.CHECKIN_RESPONSE; }

    public void write(FieldWriter w) {
        w.ok(ok).yn(resensitize).ynu(magneticMedia).yn(alert).date(transactionDate).req("AO", institutionId)
                .req("AB", itemId).req("AQ", permanentLocation).opt("AJ", titleIdentifier).opt("AA", patronId)
                .opt("CK", mediaType).opt("CH", itemProperties).opt("CL", sortBin).opt("AF", screenMessage)
                .opt("AG", printLine);
    }

    public static CheckinResponse parse(FieldReader r) throws Sip2ParseException {
        return new CheckinResponse(r.ok(), r.yn(), r.ynu(), r.yn(), r.date(), r.req("AO"), r.req("AB"), r.req("AQ"),
                r.opt("AJ"), r.opt("AA"), r.opt("CK"), r.opt("CH"), r.opt("CL"), r.opt("AF"), r.opt("AG"));
    }
}
