package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.policy.Reason;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static si.knjizniprehod.core.testing.Fixture.at;
import static si.knjizniprehod.core.testing.Refusals.assertRefused;

/** Koroška osrednja knjižnica Ravne (seeds/002, Pravilnik), article by article. */
class RavneScenarioTest extends LibraryScenario {

    private void addItem(String id, String material, Item.Collection collection, int copies) {
        core.items().create(new Item(id, "RA", "RA-RAV", "BIB-" + id, "Naslov " + id, null, material, collection,
                Item.Audience.ADULT, false, null, false, copies, ItemStatus.AVAILABLE, null));
    }

    @Test
    void art27LoanPeriodsAndArt34DueDateOnAClosedDayMovesToTheNextOpenDay() {
        assertThat(core.circulation().checkout(at("RA"), "RA0001", "RA1002").dueDate()).isEqualTo(MONDAY.plusDays(7));
        assertThat(core.circulation().checkout(at("RA"), "RA0001", "RA1003").dueDate()).isEqualTo(MONDAY.plusDays(7));
        core.circulation().checkin(at("RA"), "RA1002");
        core.circulation().checkin(at("RA"), "RA1003");
        f.setToday(LocalDate.of(2026, 12, 5)); // + 21 days = Sat 26 Dec (holiday), Sun 27 Dec closed
        assertThat(core.circulation().checkout(at("RA"), "RA0001", "RA1001").dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void art27SerialsOnlyCurrentYearNotLatestIssueAndNoDailyNewspapers() {
        core.items().create(new Item("RA-OLD", "RA", "RA-RAV", "S1", "Gea 2019", null, "SERIAL", Item.Collection.LENDING,
                Item.Audience.ADULT, false, 2019, false, 1, ItemStatus.AVAILABLE, null));
        core.items().create(new Item("RA-LAST", "RA", "RA-RAV", "S2", "Gea zadnja", null, "SERIAL", Item.Collection.LENDING,
                Item.Audience.ADULT, false, 2026, true, 1, ItemStatus.AVAILABLE, null));
        addItem("RA-NEWS", "NEWSPAPER", Item.Collection.LENDING, 1);
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0001", "RA-OLD"), Reason.SERIAL_NOT_CURRENT_YEAR);
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0001", "RA-LAST"), Reason.LATEST_ISSUE_NOT_LOANABLE);
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0001", "RA-NEWS"), Reason.MATERIAL_NOT_LOANABLE);
    }

    @Test
    void art28AtMostTwoRenewalsNotSerialsNotAfterAnOverdueNotice() {
        core.circulation().checkout(at("RA"), "RA0001", "RA1001");
        core.circulation().renew(at("RA"), "RA0001", "RA1001");
        core.circulation().renew(at("RA"), "RA0001", "RA1001");
        assertRefused(() -> core.circulation().renew(at("RA"), "RA0001", "RA1001"), Reason.RENEWAL_LIMIT);

        core.circulation().checkout(at("RA"), "RA0001", "RA1003");
        assertRefused(() -> core.circulation().renew(at("RA"), "RA0001", "RA1003"), Reason.RENEWAL_MATERIAL_EXCLUDED);

        core.circulation().checkout(at("RA"), "RA0001", "RA1002");
        core.database().inTransaction(c -> Jdbc.update(c,
                "UPDATE loan SET notices_sent = 1 WHERE item_id = 'RA1002' AND returned_at IS NULL"));
        assertRefused(() -> core.circulation().renew(at("RA"), "RA0001", "RA1002"), Reason.RENEWAL_OVERDUE_NOTICE);
    }

    @Test
    void art28NoRenewalAfterTheDueDate() {
        core.circulation().checkout(at("RA"), "RA0001", "RA1002");
        f.setToday(MONDAY.plusDays(9));
        assertRefused(() -> core.circulation().renew(at("RA"), "RA0001", "RA1002"), Reason.RENEWAL_AFTER_DUE);
    }

    @Test
    void art30LocalHistoryAndReadingRoomAndOneCopyPerTitle() {
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0001", "RA1007"), Reason.COLLECTION_NOT_LOANABLE);
        addItem("RA-DOM2", "BOOK", Item.Collection.LOCAL_HISTORY, 2);
        assertThat(core.circulation().checkout(at("RA"), "RA0001", "RA-DOM2").loanId())
                .as("local history held in several copies may go home").isPositive();
        addItem("RA-CIT", "BOOK", Item.Collection.READING_ROOM, 3);
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0001", "RA-CIT"), Reason.COLLECTION_NOT_LOANABLE);
        core.circulation().checkout(at("RA"), "RA0001", "RA1001");
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0001", "RA1008"), Reason.SECOND_COPY_OF_TITLE);
    }

    @Test
    void art30DebtsAndOverdueItemsBlockLoansInEveryUnit() {
        assertRefused(() -> core.circulation().checkout(at("RA", "RA-PRE"), "RA0003", "RA1001"), Reason.DEBT_LIMIT);
        core.circulation().checkout(at("RA", "RA-RAV"), "RA0001", "RA1002");
        f.setToday(MONDAY.plusDays(10));
        assertRefused(() -> core.circulation().checkout(at("RA", "RA-PRE"), "RA0001", "RA1001"), Reason.OVERDUE_ITEMS);
        assertThat(core.patrons().status("RA", "RA0001").tooManyItemsOverdue()).isTrue();
    }

    @Test
    void art24AdultMaterialOrderedOnAChildsCardCannotBeBorrowedOnIt() {
        core.holds().place(at("RA"), "RA0002", "RA1001", null);
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0002", "RA1001"), Reason.ADULT_MATERIAL_ON_CHILD_CARD);
        assertRefused(() -> core.circulation().checkout(at("RA"), "RA0001", "RA1001"), Reason.ITEM_RESERVED_FOR_OTHER);
        core.holds().place(at("RA"), "RA0002", "RA1006", null); // children's material is fine
        assertThat(core.circulation().checkout(at("RA"), "RA0002", "RA1006").loanId()).isPositive();
    }

    @Test
    void art24FiveReservationsThreeMonthsSevenWorkingDaysNoSerials() {
        for (int i = 1; i <= 6; i++) {
            addItem("RA-H" + i, "BOOK", Item.Collection.LENDING, 1);
        }
        Results.HoldResult order = core.holds().place(at("RA"), "RA0001", "RA-H1", null);
        assertThat(order.pickupBy()).as("seven working days").isEqualTo(LocalDate.of(2026, 11, 25));
        for (int i = 2; i <= 5; i++) {
            core.holds().place(at("RA"), "RA0001", "RA-H" + i, null);
        }
        assertRefused(() -> core.holds().place(at("RA"), "RA0001", "RA-H6", null), Reason.HOLD_LIMIT);
        assertRefused(() -> core.holds().place(at("RA"), "RA0005", "RA1003", null), Reason.HOLD_MATERIAL_EXCLUDED);

        core.circulation().checkout(at("RA"), "RA0005", "RA1002");
        Results.HoldResult hold = core.holds().place(at("RA"), "RA0002", "RA1002", null);
        assertRefused(() -> core.holds().place(at("RA"), "RA0002", "RA1002", null), Reason.HOLD_DUPLICATE);
        assertThat(hold.expiresOn()).as("a reservation lives three months").isEqualTo(MONDAY.plusDays(90));
        f.setToday(MONDAY.plusDays(3));
        core.circulation().checkin(at("RA"), "RA1002");
        assertThat(core.patrons().item("RA", "RA1002").holdPickupBy()).as("waits 7 days").isEqualTo(MONDAY.plusDays(10));
    }

    @Test
    void art34FinesPerOpenDayPausedByAnOutageArt8AndNoneForHonoraryMembersArt19() {
        f.setToday(LocalDate.of(2026, 2, 6)); // + 21 = Fri 27 Feb
        core.circulation().checkout(at("RA"), "RA0001", "RA1001");
        core.circulation().checkout(at("RA"), "RA0005", "RA1006");
        f.setToday(LocalDate.of(2026, 3, 6));
        // Sat 28 Feb open, Sun 1 Mar closed, 2–4 Mar outage, Thu 5 and Fri 6 open → 3 days × 0.15
        assertThat(core.circulation().checkin(at("RA"), "RA1001").fine()).isEqualByComparingTo("0.45");
        assertThat(core.circulation().checkin(at("RA"), "RA1006").fine()).isEqualByComparingTo("0");
    }

    @Test
    void checkinAtAnotherUnitSendsTheItemHomeInTransit() {
        core.circulation().checkout(at("RA", "RA-RAV"), "RA0001", "RA1001");
        Results.CheckinResult in = core.circulation().checkin(at("RA", "RA-MEZ"), "RA1001");
        assertThat(in.itemStatus()).isEqualTo(ItemStatus.IN_TRANSIT);
        assertThat(in.transitToUnit()).isEqualTo("RA-RAV");
        assertThat(core.circulation().checkin(at("RA", "RA-RAV"), "RA1001").itemStatus()).isEqualTo(ItemStatus.AVAILABLE);
    }

    @Test
    void dormantMembershipAndReasonMessagesInBothLanguages() {
        var e = assertRefused(() -> core.circulation().checkout(at("RA"), "RA0004", "RA1001"), Reason.MEMBERSHIP_DORMANT);
        assertThat(e.refusal().message("sl")).contains("miruje");
        assertThat(e.refusal().message("en")).contains("dormant");
    }
}
