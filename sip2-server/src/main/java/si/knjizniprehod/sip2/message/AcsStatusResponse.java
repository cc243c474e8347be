package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/**
 * 98 ACS status. {@code supportedMessages} (BX) is 16 Y/N characters in the order: patron status, checkout,
 * checkin, block patron, SC/ACS status, request resend, login, patron information, end patron session,
 * fee paid, item information, item status update, patron enable, hold, renew, renew all.
 */
public record AcsStatusResponse(boolean onlineStatus, boolean checkinOk, boolean checkoutOk, boolean acsRenewalPolicy,
                                boolean statusUpdateOk, boolean offlineOk, int timeoutPeriod, int retriesAllowed,
                                LocalDateTime dateTimeSync, String protocolVersion, String institutionId,
                                String libraryName, String supportedMessages, String terminalLocation,
                                String screenMessage, String printLine) implements Sip2Message {
    public MessageType type() { return MessageType.ACS_STATUS; }

    public void write(FieldWriter w) {
        w.yn(onlineStatus).yn(checkinOk).yn(checkoutOk).yn(acsRenewalPolicy).yn(statusUpdateOk).yn(offlineOk)
                .num(timeoutPeriod, 3).num(retriesAllowed, 3).date(dateTimeSync).fixed(protocolVersion, 4)
                .req("AO", institutionId).opt("AM", libraryName).req("BX", supportedMessages)
                .opt("AN", terminalLocation).opt("AF", screenMessage).opt("AG", printLine);
    }

    public static AcsStatusResponse parse(FieldReader r) throws Sip2ParseException {
        return new AcsStatusResponse(r.yn(), r.yn(), r.yn(), r.yn(), r.yn(), r.yn(), r.num(3), r.num(3), r.date(),
                r.fixed(4), r.req("AO"), r.opt("AM"), r.req("BX"), r.opt("AN"), r.opt("AF"), r.opt("AG"));
    }
}
