package si.knjizniprehod.sip2.message;

import java.util.EnumSet;
import java.util.Set;

/** The 14 positions of the SIP2 patron status bitmap, in order ('Y' = set, blank = not set). */
public enum PatronStatusFlag {
    CHARGE_PRIVILEGES_DENIED,
    RENEWAL_PRIVILEGES_DENIED,
    RECALL_PRIVILEGES_DENIED,
    HOLD_PRIVILEGES_DENIED,
    CARD_REPORTED_LOST,
    TOO_MANY_ITEMS_CHARGED,
    TOO_MANY_ITEMS_OVERDUE,
    TOO_MANY_RENEWALS,
    TOO_MANY_CLAIMS_OF_ITEMS_RETURNED,
    TOO_MANY_ITEMS_LOST,
    EXCESSIVE_OUTSTANDING_FINES,
    EXCESSIVE_OUTSTANDING_FEES,
    RECALL_OVERDUE,
    TOO_MANY_ITEMS_BILLED;

    public static String toBitmap(Set<PatronStatusFlag> flags) {
        StringBuilder sb = new StringBuilder(14);
        for (PatronStatusFlag f : values()) {
            sb.append(flags != null && flags.contains(f) ? 'Y' : ' ');
        }
        return sb.toString();
    }

    public static Set<PatronStatusFlag> fromBitmap(String bits) {
        EnumSet<PatronStatusFlag> out = EnumSet.noneOf(PatronStatusFlag.class);
        for (PatronStatusFlag f : values()) {
            if (f.ordinal() < bits.length() && bits.charAt(f.ordinal()) == 'Y') {
                out.add(f);
            }
        }
        return out;
    }
}
