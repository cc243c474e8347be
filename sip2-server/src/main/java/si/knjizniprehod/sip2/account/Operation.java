package si.knjizniprehod.sip2.account;

/** Operations a terminal account may be allowed; reflected in 98's flags and BX. */
public enum Operation {
    CHECKIN, CHECKOUT, RENEWAL, STATUS_UPDATE, OFFLINE, FEE_PAID, HOLD, PATRON_ENABLE, BLOCK_PATRON;

    public static Operation fromConfig(String s) {
        String n = s.trim().replace('-', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        return switch (n) {
            case "RENEW" -> RENEWAL;
            case "STATUSUPDATE", "ITEM_STATUS_UPDATE" -> STATUS_UPDATE;
            default -> valueOf(n);
        };
    }
}
