package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import si.knjizniprehod.core.testing.Fixture;
import si.knjizniprehod.core.testing.TestDatabases;

import java.time.LocalDate;

/** A library's scenario: a fresh H2 database with the demo data, starting on {@link #start()}. */
abstract class LibraryScenario {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    Fixture f;
    Circulation core;

    /** The day the scenario starts (default Monday 16 November 2026). */
    LocalDate start() {
        return MONDAY;
    }

    @BeforeEach
    void openFixture() {
        f = new Fixture(TestDatabases.H2, start());
        core = f.core();
    }

    @AfterEach
    void closeFixture() throws Exception {
        f.close();
    }
}
