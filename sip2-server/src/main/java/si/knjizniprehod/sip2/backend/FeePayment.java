package si.knjizniprehod.sip2.backend;

import java.math.BigDecimal;

/**
 * 37 Fee paid.
 *
 * @param feeType     two digits (01 other/unknown, 02 administrative, 03 damage, 04 overdue, 05 processing,
 *                    06 rental, 07 replacement, 08 computer access, 09 hold fee)
 * @param paymentType two digits (00 cash, 01 VISA, 02 credit card)
 * @param feeId       CG: a specific fee, or null to apply to the oldest fees
 */
public record FeePayment(String patronId, String pin, BigDecimal amount, String currency, String feeType,
                         String paymentType, String feeId, String transactionId) {}
