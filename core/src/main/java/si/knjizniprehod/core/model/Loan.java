package si.knjizniprehod.core.model;

import java.time.Instant;
import java.time.LocalDate;

public record Loan(
        long id,
        String itemId,
        String memberId,
        String libraryId,
        String unitId,
        Instant loanedAt,
        LocalDate dueDate,
        int renewals,
        int noticesSent,
        Instant returnedAt,
        String returnUnitId) {

    public boolean isOverdueOn(LocalDate day) {
        return returnedAt == null && dueDate.isBefore(day);
    }
}
