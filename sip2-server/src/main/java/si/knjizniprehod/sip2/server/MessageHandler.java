package si.knjizniprehod.sip2.server;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.codec.Sip2Dates;
import si.knjizniprehod.sip2.message.Sip2Message;

/** Answers one request type: {@link #handle} asks the backend, {@link #refuse} answers negatively without it. */
abstract class MessageHandler<Q extends Sip2Message> {
    protected final Sip2Backend backend;
    protected final ZoneId zone;

    MessageHandler(Sip2Backend backend, ZoneId zone) {
        this.backend = backend;
        this.zone = zone;
    }

    abstract Sip2Message handle(Q request, Session session, TerminalContext ctx);

    abstract Sip2Message refuse(Q request, Session session, String screenMessage);

    /** The account permission needed, or null when every logged-in terminal may send it. */
    Operation operation() {
        return null;
    }

    /** Whether the message is answered from the backend while it is offline. */
    boolean servedOffline() {
        return false;
    }

    LocalDateTime now() {
        return LocalDateTime.now(zone).withNano(0);
    }

    static String ao(String requested, Session s) {
        if (requested != null && !requested.isEmpty()) {
            return requested;
        }
        return s.account() != null ? s.account().institutionId() : "";
    }

    static String money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String due(LocalDateTime t) {
        return t == null ? "" : Sip2Dates.format(t);
    }

    static String lang(String requested) {
        return requested == null || requested.isBlank() ? "000" : requested;
    }
}
