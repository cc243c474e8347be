package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.MembershipState;
import si.knjizniprehod.core.policy.Reason;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static si.knjizniprehod.core.testing.Fixture.at;
import static si.knjizniprehod.core.testing.Refusals.assertRefused;

/** Knjižnica Bena Zupančiča Postojna (seeds/003): one-time fee, membership ends a year after the last transaction. */
class PostojnaScenarioTest extends LibraryScenario {

    @Test
    void membershipEndsOneYearAfterTheLastTransaction() {
        assertRefused(() -> core.circulation().checkout(at("PO"), "PO0004", "PO1001"), Reason.MEMBERSHIP_EXPIRED);
        assertThat(core.patrons().status("PO", "PO0004").membershipState()).isEqualTo(MembershipState.EXPIRED);
        core.circulation().checkout(at("PO"), "PO0001", "PO1001");
        core.circulation().checkin(at("PO"), "PO1001");
        f.setToday(MONDAY.plusDays(365));
        assertThat(core.patrons().status("PO", "PO0001").membershipState()).isEqualTo(MembershipState.ACTIVE);
        f.setToday(MONDAY.plusDays(366));
        assertThat(core.patrons().status("PO", "PO0001").membershipState()).isEqualTo(MembershipState.EXPIRED);
    }

    @Test
    void noAnnualFeeOnlyAOneTimeEnrolmentFeeWithExemptions() {
        Member adult = core.members().find("PO0001").orElseThrow();
        Member child = core.members().find("PO0002").orElseThrow();
        var profile = core.policy().profiles().profile("PO");
        assertThat(core.policy().membershipFee(profile, adult, MONDAY)).isEqualByComparingTo("5.00");
        assertThat(core.policy().membershipFee(profile, child, MONDAY)).isEqualByComparingTo("0");
        // with no annual fee a member is never dormant for an unpaid one
        assertThat(adult.feePaidUntil()).isAfter(MONDAY);
        assertThat(core.policy().membershipState(profile, core.members().find("PO0005").orElseThrow(), MONDAY))
                .isEqualTo(MembershipState.ACTIVE);
    }

    @Test
    void oneFreeRenewalOfTwentyOneDaysIfNotReserved() {
        core.circulation().checkout(at("PO"), "PO0001", "PO1001");
        f.setToday(MONDAY.plusDays(10));
        Results.RenewResult r = core.circulation().renew(at("PO"), "PO0001", "PO1001");
        assertThat(r.dueDate()).isEqualTo(MONDAY.plusDays(31));
        assertThat(r.fee()).isEqualByComparingTo("0");
        assertRefused(() -> core.circulation().renew(at("PO"), "PO0001", "PO1001"), Reason.RENEWAL_LIMIT);
        core.circulation().checkout(at("PO"), "PO0001", "PO1002");
        core.holds().place(at("PO"), "PO0005", "PO1002", null);
        assertRefused(() -> core.circulation().renew(at("PO"), "PO0001", "PO1002"), Reason.RENEWAL_RESERVED);
    }
}
