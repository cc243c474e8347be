package si.knjizniprehod.sip2.message;

import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 93 Login. */
public record LoginRequest(char uidAlgorithm, char pwdAlgorithm, String loginUserId, String loginPassword,
                           String locationCode) implements Sip2Message {
    public MessageType type() { return MessageType.LOGIN; }

    public void write(FieldWriter w) {
        w.ch(uidAlgorithm).ch(pwdAlgorithm).req("CN", loginUserId).req("CO", loginPassword).opt("CP", locationCode);
    }

    public static LoginRequest parse(FieldReader r) throws Sip2ParseException {
        return new LoginRequest(r.ch(), r.ch(), r.req("CN"), r.req("CO"), r.opt("CP"));
    }

    @Override
    public String toString() {
        return "LoginRequest[" + loginUserId + ", password=***]";
    }
}
