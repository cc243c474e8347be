package si.knjizniprehod.sip2.backend;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Outcome of a checkout (11) or renew (29).
 *
 * @param ok            whether the loan / renewal was made
 * @param renewalOk     the item was already on loan to the patron and was renewed instead
 * @param title         title of the item (AJ)
 * @param dueDate       new due date (AH), null when refused
 * @param desensitize   the terminal should desensitize the item (null = unknown)
 * @param magneticMedia null = unknown
 * @param mediaType     SIP2 media type, three digits (001 other, 002 book, 003 magazine, 004 bound journal,
 *                      005 audio tape, 006 video tape, 007 CD/CDROM, 008 diskette, 009 book with diskette,
 *                      010 book with CD, 011 book with audio tape) or null
 * @param fee           fee charged for this loan (e.g. a rental fee), null when none
 * @param screenMessage reason for a refusal or a notice, in the terminal's language
 */
public record LoanResult(boolean ok, boolean renewalOk, String title, LocalDateTime dueDate, Boolean desensitize,
                         Boolean magneticMedia, String mediaType, BigDecimal fee, String feeType, String transactionId,
                         String screenMessage) {
    public static LoanResult refused(String title, String screenMessage) {
        return new LoanResult(false, false, title, null, Boolean.FALSE, null, null, null, null, null, screenMessage);
    }
}
