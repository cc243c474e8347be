package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.policy.Reason;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static si.knjizniprehod.core.testing.Fixture.at;
import static si.knjizniprehod.core.testing.Refusals.assertRefused;

/** Knjižnica Miklova hiša Ribnica (seeds/004), walked through the circulation service. */
class RibnicaScenarioTest extends LibraryScenario {

    @Test
    void loanPeriodsPerMaterialType() {
        assertThat(core.circulation().checkout(at("RI"), "RI0001", "RI1005").dueDate())
                .as("feature video: 2 days").isEqualTo(MONDAY.plusDays(2));
        assertThat(core.circulation().checkout(at("RI"), "RI0001", "RI1002").dueDate())
                .as("CD: 7 days").isEqualTo(MONDAY.plusDays(7));
        assertThat(core.circulation().checkout(at("RI"), "RI0001", "RI1006").dueDate())
                .as("required reading: 14 days").isEqualTo(MONDAY.plusDays(14));
        assertThat(core.circulation().checkout(at("RI"), "RI0001", "RI1001").dueDate())
                .as("books: 21 days").isEqualTo(MONDAY.plusDays(21));
        assertThat(core.circulation().checkout(at("RI"), "RI0001", "RI1003").dueDate())
                .as("current-year serial: 7 days").isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void referenceAndLocalHistoryStayInTheLibrary() {
        assertRefused(() -> core.circulation().checkout(at("RI"), "RI0001", "RI1004"), Reason.COLLECTION_NOT_LOANABLE);
        assertRefused(() -> core.circulation().checkout(at("RI"), "RI0001", "RI1007"), Reason.COLLECTION_NOT_LOANABLE);
    }

    @Test
    void oneFreeRenewalThenPaidAndUnpaidFeesBlockLoans() {
        core.circulation().checkout(at("RI"), "RI0001", "RI1001");
        Results.RenewResult first = core.circulation().renew(at("RI"), "RI0001", "RI1001");
        assertThat(first.fee()).isEqualByComparingTo("0");
        f.setToday(MONDAY.plusDays(3));
        Results.RenewResult second = core.circulation().renew(at("RI"), "RI0001", "RI1001");
        assertThat(second.fee()).as("further renewals are paid").isEqualByComparingTo("0.50");
        assertThat(second.renewals()).isEqualTo(2);
        // an unpaid fee blocks further loans in Ribnica
        assertRefused(() -> core.circulation().checkout(at("RI"), "RI0001", "RI1002"), Reason.DEBT_LIMIT);
        Results.PaymentResult paid = core.fees().pay(at("RI"), "RI0001", new BigDecimal("0.50"), null, "CASH", null);
        assertThat(paid.outstanding()).isEqualByComparingTo("0");
        assertThat(core.circulation().checkout(at("RI"), "RI0001", "RI1002").loanId()).isPositive();
    }

    @Test
    void requiredReadingAndReservedItemsAreNotRenewed() {
        core.circulation().checkout(at("RI"), "RI0001", "RI1006");
        assertRefused(() -> core.circulation().renew(at("RI"), "RI0001", "RI1006"), Reason.RENEWAL_REQUIRED_READING);
        core.circulation().checkout(at("RI"), "RI0001", "RI1001");
        core.holds().place(at("RI"), "RI0005", "RI1001", null);
        assertRefused(() -> core.circulation().renew(at("RI"), "RI0001", "RI1001"), Reason.RENEWAL_RESERVED);
    }

    @Test
    void finesPerWorkingDay() {
        core.circulation().checkout(at("RI"), "RI0001", "RI1005"); // due Wednesday 18 Nov
        f.setToday(LocalDate.of(2026, 11, 23)); // Thursday, Friday, Monday late: 3 working days
        Results.CheckinResult in = core.circulation().checkin(at("RI"), "RI1005");
        assertThat(in.fine()).isEqualByComparingTo("3.00"); // 1.00 per working day for feature video
        assertThat(core.patrons().status("RI", "RI0001").outstanding()).isEqualByComparingTo("3.00");
    }

    @Test
    void aReturnRecordedDuringAnOutageIsFinedUpToTheDayItCameBack() {
        core.circulation().checkout(at("RI"), "RI0001", "RI1005"); // due Wednesday 18 Nov
        f.setToday(LocalDate.of(2026, 11, 30));
        Results.CheckinResult in = core.circulation().checkin(at("RI"), "RI1005", LocalDate.of(2026, 11, 20));
        assertThat(in.fine()).as("Thursday and Friday only").isEqualByComparingTo("2.00");
    }

    @Test
    void holdsWaitThreeDaysAndOrdersOneDay() {
        core.circulation().checkout(at("RI"), "RI0001", "RI1001");
        Results.HoldResult hold = core.holds().place(at("RI"), "RI0005", "RI1001", null);
        assertThat(hold.kind()).isEqualTo(Hold.Kind.HOLD);
        assertThat(hold.status()).isEqualTo(Hold.Status.WAITING);
        f.setToday(MONDAY.plusDays(4));
        Results.CheckinResult in = core.circulation().checkin(at("RI"), "RI1001");
        assertThat(in.itemStatus()).isEqualTo(ItemStatus.ON_HOLD_SHELF);
        assertThat(in.holdForMemberId()).isEqualTo("RI0005");
        assertThat(core.patrons().item("RI", "RI1001").holdPickupBy()).isEqualTo(MONDAY.plusDays(7));
        assertRefused(() -> core.circulation().checkout(at("RI"), "RI0001", "RI1001"), Reason.ITEM_RESERVED_FOR_OTHER);
        assertThat(core.circulation().checkout(at("RI"), "RI0005", "RI1001").loanId()).isPositive();

        Results.HoldResult order = core.holds().place(at("RI"), "RI0005", "RI1008", null);
        assertThat(order.kind()).isEqualTo(Hold.Kind.ORDER);
        assertThat(order.pickupBy()).isEqualTo(MONDAY.plusDays(5));
    }

    @Test
    void blockedAndDormantMembers() {
        assertRefused(() -> core.circulation().checkout(at("RI"), "RI0003", "RI1001"), Reason.DEBT_LIMIT);
        assertRefused(() -> core.circulation().checkout(at("RI"), "RI0004", "RI1001"), Reason.MEMBERSHIP_DORMANT);
        assertThat(core.patrons().status("RI", "RI0003").chargePrivilegesDenied()).isTrue();
        assertThat(core.patrons().status("RI", "RI0001").chargePrivilegesDenied()).isFalse();
    }
}
