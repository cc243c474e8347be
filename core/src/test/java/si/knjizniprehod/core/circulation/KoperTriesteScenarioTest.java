package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.core.policy.Reason;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static si.knjizniprehod.core.testing.Fixture.at;
import static si.knjizniprehod.core.testing.Refusals.assertRefused;

/** KP (seeds/000) and its partner NŠK Trieste: "one membership for two libraries". */
class KoperTriesteScenarioTest extends LibraryScenario {

    @Override
    LocalDate start() {
        return LocalDate.of(2026, 11, 8);
    }

    @Test
    void partnerMembersBorrowInBothLibrariesOthersDoNot() {
        assertThat(core.circulation().checkout(at("KP"), "NSK0001", "KP1001").loanId()).isPositive();
        assertThat(core.circulation().checkout(at("NSK"), "KP0001", "NSK1001").loanId()).isPositive();
        assertRefused(() -> core.circulation().checkout(at("KP"), "RI0001", "KP1002"), Reason.MEMBER_UNKNOWN);
    }

    @Test
    void triesteClosesOnItalianHolidays() {
        // 30 days from Sunday 8 Nov is Tuesday 8 Dec, the Immacolata: due the next day
        assertThat(core.circulation().checkout(at("NSK"), "NSK0001", "NSK1001").dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(core.circulation().checkout(at("KP"), "KP0001", "KP1001").dueDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void koperRenewsTwiceAndRefusesItemsOfAnotherLibrary() {
        core.circulation().checkout(at("KP"), "KP0001", "KP1001");
        core.circulation().renew(at("KP"), "KP0001", "KP1001");
        core.circulation().renew(at("KP"), "KP0001", "KP1001");
        assertRefused(() -> core.circulation().renew(at("KP"), "KP0001", "KP1001"), Reason.RENEWAL_LIMIT);
        assertRefused(() -> core.circulation().checkout(at("KP"), "KP0001", "RA1001"), Reason.WRONG_LIBRARY);
    }
}
