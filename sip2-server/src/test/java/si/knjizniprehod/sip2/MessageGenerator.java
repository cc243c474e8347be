package si.knjizniprehod.sip2;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharsetEncoder;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import si.knjizniprehod.sip2.codec.Sip2Charset;
import si.knjizniprehod.sip2.message.MessageType;
import si.knjizniprehod.sip2.message.PatronStatusFlag;
import si.knjizniprehod.sip2.message.RequestAcsResend;
import si.knjizniprehod.sip2.message.RequestScResend;
import si.knjizniprehod.sip2.message.Sip2Message;

/**
 * Builds random, well-formed instances of every message record: fixed-length text fields get values of their
 * exact length, free text uses characters the charset can carry (Slovenian letters often), except the field
 * delimiter, CR and LF.
 */
final class MessageGenerator {
    /** Fixed-length text fields: "Record.component" -> length. */
    private static final Map<String, Integer> FIXED = Map.ofEntries(
            Map.entry("PatronStatusRequest.language", 3), Map.entry("PatronStatusResponse.language", 3),
            Map.entry("PatronInformationRequest.language", 3), Map.entry("PatronInformationRequest.summary", 10),
            Map.entry("PatronInformationResponse.language", 3), Map.entry("ScStatusRequest.protocolVersion", 4),
            Map.entry("AcsStatusResponse.protocolVersion", 4), Map.entry("ItemInformationResponse.circulationStatus", 2),
            Map.entry("ItemInformationResponse.securityMarker", 2), Map.entry("ItemInformationResponse.feeType", 2),
            Map.entry("FeePaidRequest.feeType", 2), Map.entry("FeePaidRequest.paymentType", 2),
            Map.entry("FeePaidRequest.currencyType", 3), Map.entry("PatronEnableResponse.language", 3));

    private static final String SLOVENE = "čšžČŠŽćđĆĐ";
    private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-_:;/()!?'\"#&";

    private MessageGenerator() {}

    static Sip2Message random(MessageType type, Sip2Charset cs, Random r) throws Exception {
        if (type == MessageType.REQUEST_ACS_RESEND) {
            return RequestAcsResend.INSTANCE;
        }
        if (type == MessageType.REQUEST_SC_RESEND) {
            return RequestScResend.INSTANCE;
        }
        Class<?> cls = recordClass(type);
        RecordComponent[] comps = cls.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        CharsetEncoder enc = cs.charset().newEncoder();
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            Integer fixed = FIXED.get(cls.getSimpleName() + "." + c.getName());
            args[i] = value(c, fixed, enc, r);
        }
        Constructor<?> ctor = cls.getDeclaredConstructor(types);
        return (Sip2Message) ctor.newInstance(args);
    }

    static Class<?> recordClass(MessageType type) throws ClassNotFoundException {
        String name = switch (type) {
            case LOGIN -> "LoginRequest";
            case LOGIN_RESPONSE -> "LoginResponse";
            case SC_STATUS -> "ScStatusRequest";
            case ACS_STATUS -> "AcsStatusResponse";
            case PATRON_STATUS -> "PatronStatusRequest";
            case PATRON_STATUS_RESPONSE -> "PatronStatusResponse";
            case PATRON_INFORMATION -> "PatronInformationRequest";
            case PATRON_INFORMATION_RESPONSE -> "PatronInformationResponse";
            case CHECKOUT -> "CheckoutRequest";
            case CHECKOUT_RESPONSE -> "CheckoutResponse";
            case CHECKIN -> "CheckinRequest";
            case CHECKIN_RESPONSE -> "CheckinResponse";
            case RENEW -> "RenewRequest";
            case RENEW_RESPONSE -> "RenewResponse";
            case RENEW_ALL -> "RenewAllRequest";
            case RENEW_ALL_RESPONSE -> "RenewAllResponse";
            case ITEM_INFORMATION -> "ItemInformationRequest";
            case ITEM_INFORMATION_RESPONSE -> "ItemInformationResponse";
            case END_PATRON_SESSION -> "EndPatronSessionRequest";
            case END_SESSION_RESPONSE -> "EndSessionResponse";
            case FEE_PAID -> "FeePaidRequest";
            case FEE_PAID_RESPONSE -> "FeePaidResponse";
            case HOLD -> "HoldRequest";
            case HOLD_RESPONSE -> "HoldResponse";
            case ITEM_STATUS_UPDATE -> "ItemStatusUpdateRequest";
            case ITEM_STATUS_UPDATE_RESPONSE -> "ItemStatusUpdateResponse";
            case PATRON_ENABLE -> "PatronEnableRequest";
            case PATRON_ENABLE_RESPONSE -> "PatronEnableResponse";
            case BLOCK_PATRON -> "BlockPatronRequest";
            default -> throw new IllegalArgumentException(type.toString());
        };
        return Class.forName("si.knjizniprehod.sip2.message." + name);
    }

    private static Object value(RecordComponent c, Integer fixed, CharsetEncoder enc, Random r) {
        Class<?> t = c.getType();
        if (t == String.class) {
            if (fixed != null) {
                if (c.getName().equals("summary")) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < fixed; i++) {
                        sb.append(r.nextInt(4) == 0 ? 'Y' : ' ');
                    }
                    return sb.toString();
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < fixed; i++) {
                    sb.append((char) ('0' + r.nextInt(10)));
                }
                return sb.toString();
            }
            return text(enc, r, 12);
        }
        if (t == boolean.class) {
            return r.nextBoolean();
        }
        if (t == Boolean.class) {
            int k = r.nextInt(3);
            return k == 0 ? null : k == 1;
        }
        if (t == char.class) {
            return "0123456789+-*".charAt(r.nextInt(13));
        }
        if (t == int.class) {
            return r.nextInt(1000);
        }
        if (t == Integer.class) {
            return r.nextInt(4) == 0 ? null : r.nextInt(10_000);
        }
        if (t == LocalDateTime.class) {
            if (r.nextInt(5) == 0) {
                return null;
            }
            return LocalDateTime.of(1970 + r.nextInt(130), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
                    r.nextInt(60), r.nextInt(60));
        }
        if (t == java.util.Set.class) {
            EnumSet<PatronStatusFlag> s = EnumSet.noneOf(PatronStatusFlag.class);
            for (PatronStatusFlag f : PatronStatusFlag.values()) {
                if (r.nextBoolean()) {
                    s.add(f);
                }
            }
            return s;
        }
        if (t == List.class && ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] == String.class) {
            List<String> l = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                l.add(text(enc, r, 8));
            }
            return List.copyOf(l);
        }
        throw new IllegalStateException("no generator for " + c);
    }

    /** Random text the charset can carry; never the delimiter, CR or LF; may be empty. */
    static String text(CharsetEncoder enc, Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            char ch;
            int k = r.nextInt(10);
            if (k < 5) {
                ch = ASCII.charAt(r.nextInt(ASCII.length()));
            } else if (k < 8) {
                ch = SLOVENE.charAt(r.nextInt(SLOVENE.length()));
            } else {
                ch = (char) (0xA0 + r.nextInt(0x2000));
            }
            if (ch == '|' || Character.isSurrogate(ch) || Character.isISOControl(ch) || !enc.canEncode(ch)) {
                continue;
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
