package si.knjizniprehod.sip2.message;

import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 99 SC status. statusCode 0 = OK, 1 = printer out of paper, 2 = about to shut down. */
public record ScStatusRequest(char statusCode, int maxPrintWidth, String protocolVersion) implements Sip2Message {
    public MessageType type() { return MessageType.SC_STATUS; }

    public void write(FieldWriter w) {
        w.ch(statusCode).num(maxPrintWidth, 3).fixed(protocolVersion, 4);
    }

    public static ScStatusRequest parse(FieldReader r) throws Sip2ParseException {
        return new ScStatusRequest(r.ch(), r.num(3), r.fixed(4));
    }
}
