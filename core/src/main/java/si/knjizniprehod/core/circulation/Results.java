package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.ItemStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The answers of the circulation operations, as plain records (also their JSON shape). */
public final class Results {
    private Results() {
    }

    public record CheckoutResult(long loanId, String itemId, String memberId, String title, String bibId,
                                 String materialType, LocalDate dueDate, boolean renewal) {
    }

    public record CheckinResult(String itemId, String title, String bibId, String materialType, String homeUnit,
                                Long loanId, String memberId, boolean wasOnLoan, BigDecimal fine,
                                ItemStatus itemStatus, String holdForMemberId, String transitToUnit,
                                String returnedAtUnit) {
    }

    public record RenewResult(long loanId, String itemId, String title, String bibId, String materialType,
                              LocalDate dueDate, int renewals, BigDecimal fee) {
    }

    public record RenewRefused(String itemId, String reason, String messageSl, String messageEn) {
    }

    public record RenewAllResult(List<RenewResult> renewed, List<RenewRefused> refused) {
    }

    public record HoldResult(long holdId, Hold.Kind kind, Hold.Status status, String itemId, LocalDate expiresOn,
                             LocalDate pickupBy, int queuePosition) {
    }

    public record PaymentResult(long paymentId, BigDecimal paid, BigDecimal outstanding) {
    }
}
