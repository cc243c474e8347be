package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.Reason;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static si.knjizniprehod.core.testing.Fixture.at;
import static si.knjizniprehod.core.testing.Refusals.assertRefused;

/** Lavričeva knjižnica Ajdovščina (seeds/001, Pravilnik). */
class AjdovscinaScenarioTest extends LibraryScenario {

    @Test
    void booksThreeWeeksMobileLibraryFourWeeksUntilItsNextStop() {
        assertThat(core.circulation().checkout(at("AJ", "AJ-AJD"), "AJ0001", "AJ1001").dueDate())
                .isEqualTo(MONDAY.plusDays(21));
        // 28 days = Monday 14 Dec; the bibliobus stops on Tuesdays and Thursdays
        assertThat(core.circulation().checkout(at("AJ", "AJ-BIB"), "AJ0001", "AJ1008").dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void renewOnceNotRequiredReadingNotReserved() {
        core.circulation().checkout(at("AJ"), "AJ0001", "AJ1001");
        core.circulation().renew(at("AJ"), "AJ0001", "AJ1001");
        assertRefused(() -> core.circulation().renew(at("AJ"), "AJ0001", "AJ1001"), Reason.RENEWAL_LIMIT);
        core.circulation().checkout(at("AJ"), "AJ0001", "AJ1006");
        assertRefused(() -> core.circulation().renew(at("AJ"), "AJ0001", "AJ1006"), Reason.RENEWAL_REQUIRED_READING);
        core.circulation().checkout(at("AJ"), "AJ0001", "AJ1002");
        core.holds().place(at("AJ"), "AJ0005", "AJ1002", null);
        assertRefused(() -> core.circulation().renew(at("AJ"), "AJ0001", "AJ1002"), Reason.RENEWAL_RESERVED);
    }

    @Test
    void referenceReadingRoomAndLocalHistoryAreNotLent() {
        assertRefused(() -> core.circulation().checkout(at("AJ"), "AJ0001", "AJ1004"), Reason.COLLECTION_NOT_LOANABLE);
        assertRefused(() -> core.circulation().checkout(at("AJ"), "AJ0001", "AJ1007"), Reason.COLLECTION_NOT_LOANABLE);
    }

    @Test
    void art14FinesPerDayAndPerLoanPeriodOnTheMobileLibrary() {
        core.circulation().checkout(at("AJ", "AJ-AJD"), "AJ0001", "AJ1001"); // due 7 Dec
        core.circulation().checkout(at("AJ", "AJ-BIB"), "AJ0001", "AJ1008"); // due 15 Dec
        f.setToday(LocalDate.of(2026, 12, 12));
        assertThat(core.circulation().checkin(at("AJ"), "AJ1001").fine()).as("5 days × 0.20").isEqualByComparingTo("1.00");
        f.setToday(LocalDate.of(2027, 1, 20)); // 36 days late: two started loan periods of 28 days
        assertThat(core.circulation().checkin(at("AJ", "AJ-BIB"), "AJ1008").fine()).isEqualByComparingTo("4.00");
    }

    @Test
    void reservationsWaitFiveDaysAndAvailableItemsCannotBeOrdered() {
        assertRefused(() -> core.holds().place(at("AJ"), "AJ0001", "AJ1001", null), Reason.ORDERS_DISABLED);
        core.circulation().checkout(at("AJ"), "AJ0005", "AJ1001");
        core.holds().place(at("AJ"), "AJ0001", "AJ1001", null);
        core.circulation().checkin(at("AJ"), "AJ1001");
        assertThat(core.patrons().item("AJ", "AJ1001").holdPickupBy()).isEqualTo(MONDAY.plusDays(5));
    }

    @Test
    void art8DormantMembershipAndMinorsEnrolWithAGuardian() {
        assertRefused(() -> core.circulation().checkout(at("AJ"), "AJ0004", "AJ1001"), Reason.MEMBERSHIP_DORMANT);
        Member child = new Member("AJ0100", "AJ", Member.PersonType.NATURAL, "Tine", "Mlakar", null, null, "CHILD",
                MONDAY.minusYears(10), null, null, null, null, null, null, "SI", null, Member.MemberState.ACTIVE,
                MONDAY, null, null, false, "sl");
        assertRefused(() -> core.members().create(child, "4321", List.of()), Reason.GUARDIAN_REQUIRED);
        Member withGuardian = new Member("AJ0100", "AJ", Member.PersonType.NATURAL, "Tine", "Mlakar", null, null,
                "CHILD", MONDAY.minusYears(10), "AJ0001", null, null, null, null, null, "SI", null,
                Member.MemberState.ACTIVE, MONDAY, null, null, false, "sl");
        core.members().create(withGuardian, "4321", List.of("AJC0100"));
        assertThat(core.patrons().verifyPin("AJC0100", "4321")).isTrue();
        assertThat(core.patrons().verifyPin("AJ0100", "1234")).isFalse();
        // under 18: no annual fee, so not dormant without payment
        assertThat(core.circulation().checkout(at("AJ"), "AJ0100", "AJ1006").loanId()).isPositive();
    }
}
