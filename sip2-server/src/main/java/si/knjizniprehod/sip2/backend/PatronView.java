package si.knjizniprehod.sip2.backend;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import si.knjizniprehod.sip2.message.PatronStatusFlag;

/**
 * What the backend knows about a patron, for 24, 64 and 26.
 *
 * @param validPatron    false when the barcode is unknown (BL N); the other fields may then be empty
 * @param pinValid       CQ: null when no PIN was sent, else whether it matches the stored PIN hash
 * @param flags          the 14-position status bitmap (real blocks, limits reached, lost card, fines)
 * @param feeAmount      total outstanding fees (BV), null when none; currency is EUR (BH)
 * @param items          the list asked for by {@link PatronRequest#itemList()} (full list, in display order;
 *                       the server applies BP/BQ), empty when none was asked
 * @param screenMessage  AF in the terminal's language, or null
 */
public record PatronView(boolean validPatron, Boolean pinValid, String personalName, Set<PatronStatusFlag> flags,
                         int holdCount, int overdueCount, int chargedCount, int fineCount, int recallCount,
                         int unavailableHoldCount, BigDecimal feeAmount, Integer holdLimit, Integer overdueLimit,
                         Integer chargedLimit, BigDecimal feeLimit, List<String> items, String homeAddress,
                         String email, String homePhone, String screenMessage) {
    public PatronView {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** An unknown patron with a message. */
    public static PatronView unknown(String screenMessage) {
        return new PatronView(false, null, "", Set.of(), 0, 0, 0, 0, 0, 0, null, null, null, null, null, List.of(),
                null, null, null, screenMessage);
    }
}
