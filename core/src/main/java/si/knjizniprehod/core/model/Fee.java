package si.knjizniprehod.core.model;

import java.math.BigDecimal;
import java.time.Instant;

public record Fee(
        long id,
        String memberId,
        String libraryId,
        Long loanId,
        Kind kind,
        BigDecimal amount,
        BigDecimal paid,
        Instant createdAt,
        String description) {

    public enum Kind { FINE, ANNUAL_FEE, ENROLMENT_FEE, RENEWAL_FEE, REPLACEMENT, OTHER }

    public BigDecimal outstanding() {
        return amount.subtract(paid);
    }
}
