package si.knjizniprehod.sip2.message;

import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 94 Login response. */
public record LoginResponse(boolean ok) implements Sip2Message {
    public MessageType type() { return MessageType.LOGIN_RESPONSE; }

    public void write(FieldWriter w) {
        w.ok(ok);
    }

    public static LoginResponse parse(FieldReader r) throws Sip2ParseException {
        return new LoginResponse(r.ok());
    }
}
