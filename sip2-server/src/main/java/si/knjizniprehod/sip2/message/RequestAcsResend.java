package si.knjizniprehod.sip2.message;

import si.knjizniprehod.sip2.codec.FieldWriter;

/** 97 Request ACS resend: the ACS repeats its last response byte for byte. */
public final class RequestAcsResend implements Sip2Message {
    public static final RequestAcsResend INSTANCE = new RequestAcsResend();

    private RequestAcsResend() {}

    public MessageType type() { return MessageType.REQUEST_ACS_RESEND; }

    public void write(FieldWriter w) {}

    @Override
    public String toString() { return "RequestAcsResend"; }
}
