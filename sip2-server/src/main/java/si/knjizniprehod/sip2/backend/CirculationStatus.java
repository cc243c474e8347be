package si.knjizniprehod.sip2.backend;

/** SIP2 item circulation status (fixed field of message 18). */
public enum CirculationStatus {
    OTHER(1), ON_ORDER(2), AVAILABLE(3), CHARGED(4), CHARGED_NOT_TO_BE_RECALLED(5), IN_PROCESS(6), RECALLED(7),
    WAITING_ON_HOLD_SHELF(8), WAITING_TO_BE_RESHELVED(9), IN_TRANSIT(10), CLAIMED_RETURNED(11), LOST(12), MISSING(13);

    private final int code;

    CirculationStatus(int code) {
        this.code = code;
    }

    public String code() {
        return code < 10 ? "0" + code : Integer.toString(code);
    }
}
