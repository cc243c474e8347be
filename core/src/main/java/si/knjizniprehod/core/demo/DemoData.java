package si.knjizniprehod.core.demo;

import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.db.FeeRepository;
import si.knjizniprehod.core.db.ItemRepository;
import si.knjizniprehod.core.db.MemberRepository;
import si.knjizniprehod.core.model.Fee;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.Item.Audience;
import si.knjizniprehod.core.model.Item.Collection;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.ProfileRegistry;
import si.knjizniprehod.core.security.PinHasher;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The demo members and items of every bundled library (README, "Demo data"). Dates are relative
 * to the day it runs so the demo behaves the same whenever it is started. Loading twice is a no-op.
 */
public final class DemoData {
    public static final String DEMO_PIN = "1234";

    private final Database db;
    private final ProfileRegistry profiles;
    private final Clock clock;
    private final PinHasher pins;
    private final MemberRepository members = new MemberRepository();
    private final ItemRepository items = new ItemRepository();
    private final FeeRepository fees = new FeeRepository();

    public DemoData(Database db, ProfileRegistry profiles, Clock clock, PinHasher pins) {
        this.db = db;
        this.profiles = profiles;
        this.clock = clock;
        this.pins = pins;
    }

    /** Loads every library not loaded yet; returns how many libraries were loaded now. */
    public int load() {
        int loaded = 0;
        String pinHash = pins.hash(DEMO_PIN); // one hash shared by the demo members keeps start-up fast
        for (LibraryProfile p : profiles.all()) {
            boolean done = db.inTransaction(c -> {
                if (members.find(c, p.id() + "0001").isPresent()) {
                    return false;
                }
                loadLibrary(c, p, pinHash);
                return true;
            });
            loaded += done ? 1 : 0;
        }
        return loaded;
    }

    private void loadLibrary(Connection c, LibraryProfile p, String pinHash) throws SQLException {
        String l = p.id();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        boolean annual = p.membership().feeModel() == LibraryProfile.FeeModel.ANNUAL;
        LocalDate paid = today.plusMonths(10);

        member(c, l + "0001", l, "Janez", "Kovačič", "ADULT", LocalDate.of(1984, 3, 14), null, paid,
                today.minusDays(10), pinHash, now);
        member(c, l + "0002", l, "Špela", "Kovačič", "CHILD", today.minusYears(9).minusDays(40), l + "0001", null,
                today.minusDays(10), pinHash, now);
        member(c, l + "0003", l, "Matej", "Horvat", "ADULT", LocalDate.of(1979, 11, 2), null, paid,
                today.minusDays(30), pinHash, now);
        BigDecimal limit = p.blocks().maxDebt() == null ? BigDecimal.ZERO : p.blocks().maxDebt();
        fees.insert(c, l + "0003", l, null, Fee.Kind.FINE, limit.add(new BigDecimal("5.00")), now,
                "Demo: neporavnane zamudnine / unpaid fines");
        // dormant: annual fee lapsed; with a one-time fee (PO) the membership expired after a year without transactions
        member(c, l + "0004", l, "Nataša", "Krajnc", "ADULT", LocalDate.of(1990, 6, 21), null,
                annual ? today.minusDays(60) : null, annual ? today.minusDays(90) : today.minusDays(400), pinHash, now);
        java.util.Set<String> exemptCategories = p.membership().exemptCategories();
        String exempt = exemptCategories.contains("HONORARY") ? "HONORARY"
                : exemptCategories.contains("UNEMPLOYED") ? "UNEMPLOYED"
                : new java.util.TreeSet<>(exemptCategories).first();
        member(c, l + "0005", l, "Božidar", "Šušteršič", exempt, LocalDate.of(1951, 1, 8), null, null,
                today.minusDays(5), pinHash, now);

        String unit = p.mainUnit().id();
        item(c, l + "1001", l, unit, "DEMO-10001", "Cvetje v jeseni", "Tavčar, Ivan", "BOOK", Collection.LENDING,
                Audience.ADULT, false, null, 2, now);
        item(c, l + "1002", l, unit, "DEMO-10002", "Pesmi za otroke in odrasle", "Avsenik, Slavko", "CD",
                Collection.LENDING, Audience.ADULT, false, null, 1, now);
        item(c, l + "1003", l, unit, "DEMO-10003", "Gea: revija za geografijo in potovanja", null, "SERIAL",
                Collection.LENDING, Audience.ADULT, false, today.getYear(), 1, now);
        item(c, l + "1004", l, unit, "DEMO-10004", "Slovar slovenskega knjižnega jezika", "ZRC SAZU", "BOOK",
                Collection.REFERENCE, Audience.ADULT, false, null, 1, now);
        item(c, l + "1005", l, unit, "DEMO-10005", "Kekec nad samotnim breznom", "Štiglic, France", "FEATURE_VIDEO",
                Collection.LENDING, Audience.CHILD, false, null, 1, now);
        item(c, l + "1006", l, unit, "DEMO-10006", "Martin Krpan z Vrha", "Levstik, Fran", "BOOK", Collection.LENDING,
                Audience.CHILD, true, null, 1, now);
        item(c, l + "1007", l, unit, "DEMO-10007-" + l, "Zgodovina kraja in okolice", "Žagar, Marija", "BOOK",
                Collection.LOCAL_HISTORY, Audience.ADULT, false, null, 1, now);
        item(c, l + "1008", l, unit, "DEMO-10001", "Cvetje v jeseni", "Tavčar, Ivan", "BOOK", Collection.LENDING,
                Audience.ADULT, false, null, 2, now);
    }

    private void member(Connection c, String id, String lib, String first, String last, String category,
                        LocalDate born, String guardian, LocalDate feePaidUntil, LocalDate lastActivity,
                        String pinHash, Instant now) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        members.insert(c, new Member(id, lib, Member.PersonType.NATURAL, first, last, null, null, category, born,
                guardian, "Glavni trg 1", "1000", "Ljubljana", id.toLowerCase() + "@example.org", null, "SI", pinHash,
                Member.MemberState.ACTIVE, today.minusYears(2), feePaidUntil, lastActivity, false, "sl"), now);
        members.addCard(c, id, id.substring(0, id.length() - 4) + "C" + id.substring(id.length() - 4), today.minusYears(2));
    }

    private void item(Connection c, String id, String lib, String unit, String bib, String title, String author,
                      String material, Collection collection, Audience audience, boolean requiredReading,
                      Integer issueYear, int copies, Instant now) throws SQLException {
        items.insert(c, new Item(id, lib, unit, bib, title, author, material, collection, audience, requiredReading,
                issueYear, false, copies, ItemStatus.AVAILABLE, null), now);
    }
}
