package si.knjizniprehod.sip2.message;

import java.util.HashMap;
import java.util.Map;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** Every SIP2 2.00 message: code, length of the fixed part, parser. */
public enum MessageType {
    LOGIN("93", 2, LoginRequest::parse),
    LOGIN_RESPONSE("94", 1, LoginResponse::parse),
    SC_STATUS("99", 8, ScStatusRequest::parse),
    ACS_STATUS("98", 34, AcsStatusResponse::parse),
    PATRON_STATUS("23", 21, PatronStatusRequest::parse),
    PATRON_STATUS_RESPONSE("24", 35, PatronStatusResponse::parse),
    PATRON_INFORMATION("63", 31, PatronInformationRequest::parse),
    PATRON_INFORMATION_RESPONSE("64", 59, PatronInformationResponse::parse),
    CHECKOUT("11", 38, CheckoutRequest::parse),
    CHECKOUT_RESPONSE("12", 22, CheckoutResponse::parse),
    CHECKIN("09", 37, CheckinRequest::parse),
    CHECKIN_RESPONSE("10", 22, CheckinResponse::parse),
    RENEW("29", 38, RenewRequest::parse),
    RENEW_RESPONSE("30", 22, RenewResponse::parse),
    RENEW_ALL("65", 18, RenewAllRequest::parse),
    RENEW_ALL_RESPONSE("66", 27, RenewAllResponse::parse),
    ITEM_INFORMATION("17", 18, ItemInformationRequest::parse),
    ITEM_INFORMATION_RESPONSE("18", 24, ItemInformationResponse::parse),
    END_PATRON_SESSION("35", 18, EndPatronSessionRequest::parse),
    END_SESSION_RESPONSE("36", 19, EndSessionResponse::parse),
    FEE_PAID("37", 25, FeePaidRequest::parse),
    FEE_PAID_RESPONSE("38", 19, FeePaidResponse::parse),
    HOLD("15", 19, HoldRequest::parse),
    HOLD_RESPONSE("16", 20, HoldResponse::parse),
    ITEM_STATUS_UPDATE("19", 18, ItemStatusUpdateRequest::parse),
    ITEM_STATUS_UPDATE_RESPONSE("20", 19, ItemStatusUpdateResponse::parse),
    PATRON_ENABLE("25", 18, PatronEnableRequest::parse),
    PATRON_ENABLE_RESPONSE("26", 35, PatronEnableResponse::parse),
    BLOCK_PATRON("01", 19, BlockPatronRequest::parse),
    REQUEST_ACS_RESEND("97", 0, r -> RequestAcsResend.INSTANCE),
    REQUEST_SC_RESEND("96", 0, r -> RequestScResend.INSTANCE);

    @FunctionalInterface
    public interface Parser {
        Sip2Message parse(FieldReader r) throws Sip2ParseException;
    }

    private final String code;
    private final int fixedLength;
    private final Parser parser;

    MessageType(String code, int fixedLength, Parser parser) {
        this.code = code;
        this.fixedLength = fixedLength;
        this.parser = parser;
    }

    public String code() {
        return code;
    }

    public int fixedLength() {
        return fixedLength;
    }

    public Parser parser() {
        return parser;
    }

    private static final Map<String, MessageType> BY_CODE = new HashMap<>();

    static {
        for (MessageType t : values()) {
            BY_CODE.put(t.code, t);
        }
    }

    /** null when the code is not a SIP2 2.00 message. */
    public static MessageType byCode(String code) {
        return BY_CODE.get(code);
    }
}
