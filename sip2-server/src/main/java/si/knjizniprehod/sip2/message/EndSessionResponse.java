package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 36 End session response. */
public record EndSessionResponse(boolean endSession, LocalDateTime transactionDate, String institutionId,
                                 String patronId, String screenMessage, String printLine) implements Sip2Message {
    public MessageType type() { return MessageType.END_SESSION_RESPONSE; }

    public void write(FieldWriter w) {
        w.yn(endSession).date(transactionDate).req("AO", institutionId).req("AA", patronId).opt("AF", screenMessage)
                .opt("AG", printLine);
    }

    public static EndSessionResponse parse(FieldReader r) throws Sip2ParseException {
        return new EndSessionResponse(r.yn(), r.date(), r.req("AO"), r.req("AA"), r.opt("AF"), r.opt("AG"));
    }
}
