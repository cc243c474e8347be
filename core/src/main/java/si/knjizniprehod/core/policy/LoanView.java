package si.knjizniprehod.core.policy;

import java.time.LocalDate;

/** What the engine needs of a member's current loan: which title and when it is due. */
public record LoanView(long loanId, String itemId, String bibId, LocalDate dueDate) {
}
