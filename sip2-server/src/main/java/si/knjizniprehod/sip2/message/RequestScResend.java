package si.knjizniprehod.sip2.message;

import si.knjizniprehod.sip2.codec.FieldWriter;

/** 96 Request SC resend: sent by the ACS when a message could not be understood. */
public final class RequestScResend implements Sip2Message {
    public static final RequestScResend INSTANCE = new RequestScResend();

    private RequestScResend() {}

    public MessageType type() { return MessageType.REQUEST_SC_RESEND; }

    public void write(FieldWriter w) {}

    @Override
    public String toString() { return "RequestScResend"; }
}
