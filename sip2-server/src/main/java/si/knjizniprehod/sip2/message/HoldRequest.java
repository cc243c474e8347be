package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 15 Hold. holdMode: '+' add, '-' delete, '*' change. holdType (BY): 1 other, 2 any copy of title, 3 specific copy, 4 any copy at a location. */
public record HoldRequest(char holdMode, LocalDateTime transactionDate, LocalDateTime expirationDate,
                          String pickupLocation, String holdType, String institutionId, String patronId,
                          String patronPassword, String itemId, String titleIdentifier, String terminalPassword,
                          Boolean feeAcknowledged) implements Sip2Message {
    public MessageType type() { return MessageType.HOLD; }

    public void write(FieldWriter w) {
        w.ch(holdMode).date(transactionDate).optDate("BW", expirationDate).opt("BS", pickupLocation)
                .opt("BY", holdType).req("AO", institutionId).req("AA", patronId).opt("AD", patronPassword)
                .opt("AB", itemId).opt("AJ", titleIdentifier).opt("AC", terminalPassword)
                .opt("BO", PatronStatusResponse.yn(feeAcknowledged));
    }

    public static HoldRequest parse(FieldReader r) throws Sip2ParseException {
        return new HoldRequest(r.ch(), r.date(), r.optDate("BW"), r.opt("BS"), r.opt("BY"), r.req("AO"), r.req("AA"),
                r.opt("AD"), r.opt("AB"), r.opt("AJ"), r.opt("AC"), PatronStatusResponse.yn(r.opt("BO")));
    }
}
