package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.policy.ProfileRegistry;
import si.knjizniprehod.core.security.PinHasher;
import si.knjizniprehod.core.testing.Fixture;
import si.knjizniprehod.core.testing.TestDatabases;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static si.knjizniprehod.core.testing.Fixture.at;

/** The read cache never shows a state older than this process' last committed write. */
class ReadCacheTest {

    @Test
    void everyWriteInvalidatesWhatItTouched() throws Exception {
        try (Fixture f = new Fixture(TestDatabases.H2, LocalDate.of(2026, 11, 16))) {
            Circulation core = new Circulation(f.core().database(), ProfileRegistry.bundled(), f.core().clock(),
                    new PinHasher(1_000), Duration.ofMinutes(5));
            assertThat(core.patrons().status("RI", "RI0001").loans()).isEmpty();
            assertThat(core.patrons().item("RI", "RI1001").status()).isEqualTo(ItemStatus.AVAILABLE);

            core.circulation().checkout(at("RI"), "RI0001", "RI1001");
            assertThat(core.patrons().status("RI", "RI0001").loans()).hasSize(1);
            assertThat(core.patrons().item("RI", "RI1001").status()).isEqualTo(ItemStatus.ON_LOAN);

            core.holds().place(at("RI"), "RI0005", "RI1001", null);
            assertThat(core.patrons().item("RI", "RI1001").holdQueueLength()).isEqualTo(1);
            core.circulation().checkin(at("RI"), "RI1001");
            // the promoted hold's member is invalidated too, though the check-in named only the item
            assertThat(core.patrons().status("RI", "RI0005").holds().get(0).status().name()).isEqualTo("READY");
            assertThat(core.patrons().status("RI", "RI0001").loans()).isEmpty();
            assertThat(core.patrons().item("RI", "RI1001").status()).isEqualTo(ItemStatus.ON_HOLD_SHELF);

            core.fees().pay(at("RI"), "RI0003", new java.math.BigDecimal("5.00"), null, "CASH", null);
            assertThat(core.patrons().status("RI", "RI0003").outstanding()).isEqualByComparingTo("0");
        }
    }

    @Test
    void answersAskedByCardAreNotCachedBecauseWritesNameMembersById() throws Exception {
        try (Fixture f = new Fixture(TestDatabases.H2, LocalDate.of(2026, 11, 16))) {
            Circulation core = new Circulation(f.core().database(), ProfileRegistry.bundled(), f.core().clock(),
                    new PinHasher(1_000), Duration.ofMinutes(5));
            assertThat(core.patrons().status("RI", "RIC0001").loans()).isEmpty();
            core.circulation().checkout(at("RI"), "RI0001", "RI1002");
            assertThat(core.patrons().status("RI", "RIC0001").loans()).hasSize(1);
        }
    }
}
