package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 01 Block patron (answered with 24 patron status). */
public record BlockPatronRequest(boolean cardRetained, LocalDateTime transactionDate, String institutionId,
                                 String blockedCardMessage, String patronId, String terminalPassword)
        implements Sip2Message {
    public MessageType type() { return MessageType.BLOCK_PATRON; }

    public void write(FieldWriter w) {
        w.yn(cardRetained).date(transactionDate).req("AO", institutionId).req("AL", blockedCardMessage)
                .req("AA", patronId).req("AC", terminalPassword);
    }

    public static BlockPatronRequest parse(FieldReader r) throws Sip2ParseException {
        return new BlockPatronRequest(r.yn(), r.date(), r.req("AO"), r.req("AL"), r.req("AA"), r.req("AC"));
    }
}
