package si.knjizniprehod.core.db;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import si.knjizniprehod.core.model.Fee;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.testing.TestDatabases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import si.knjizniprehod.core.model.Loan;

import static org.assertj.core.api.Assertions.assertThat;

/** The same migrations and repositories on H2 (PostgreSQL mode) and on the real PostgreSQL server. */
class MigrationAndRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void migrationsCreateTheSchemaAndRecordTheirVersion(TestDatabases kind) throws Exception {
        try (var t = kind.open(2)) {
            List<String> versions = t.db().inTransaction(c -> Jdbc.query(c,
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
                    rs -> rs.getString(1)));
            assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7");
            for (String table : List.of("member", "member_card", "item", "loan", "hold", "fee", "payment",
                    "transaction_log", "request_log", "outbox_event", "bib_record", "harvest_state")) {
                long n = t.db().inTransaction(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
                assertThat(n).as(table).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void membersRoundTripWithCardsAndNonAsciiNames(TestDatabases kind) throws Exception {
        MemberRepository repo = new MemberRepository();
        Member m = new Member("RA0042", "RA", Member.PersonType.NATURAL, "Žiga", "Čebašek Šušteršič", null, null, "PUPIL",
                LocalDate.of(2010, 2, 28), null, "Čečova 3", "2390", "Ravne na Koroškem", "ziga@example.org", "+386 2 123",
                "SI", "pbkdf2-sha256$1$x$y", Member.MemberState.ACTIVE, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 9, 1), null, true, "sl");
        try (var t = kind.open(2)) {
            t.db().inTransaction(c -> {
                repo.insert(c, m, NOW);
                repo.addCard(c, "RA0042", "RAC0042", LocalDate.of(2025, 9, 1));
                return null;
            });
            Optional<Member> byId = t.db().inTransaction(c -> repo.find(c, "RA0042"));
            Optional<Member> byCard = t.db().inTransaction(c -> repo.findByIdOrCard(c, "RAC0042"));
            Optional<Member> none = t.db().inTransaction(c -> repo.findByIdOrCard(c, "nope"));
            assertThat(byId).contains(m);
            assertThat(byCard).contains(m);
            assertThat(none).isEmpty();
            Member changed = m.withState(Member.MemberState.BLOCKED);
            t.db().inTransaction(c -> repo.update(c, changed, NOW));
            Member reread = t.db().inTransaction(c -> repo.find(c, "RA0042")).orElseThrow();
            assertThat(reread.state()).isEqualTo(Member.MemberState.BLOCKED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void publishedBatchesOfAnySizeAreRemovedExactlyWithOneStatementKept(TestDatabases kind) throws Exception {
        OutboxRepository outbox = new OutboxRepository();
        try (var t = kind.open(2)) {
            t.db().inTransaction(c -> {
                for (int i = 0; i < 12; i++) {
                    outbox.append(c, "e-" + i, "CHECKOUT", "RI", "{}", NOW);
                }
                return null;
            });
            int kept = t.db().inTransaction(c -> {
                for (int size : new int[] {1, 2, 4}) {
                    outbox.removePublished(c, outbox.pending(c, size).stream().map(OutboxRepository.Event::seq).toList());
                }
                return StatementCache.statementsKept(c);
            });
            List<String> left = t.db().inTransaction(c -> outbox.pending(c, 100)).stream()
                    .map(OutboxRepository.Event::eventId).toList();
            assertThat(left).containsExactly("e-7", "e-8", "e-9", "e-10", "e-11");
            // pending and one delete (and the append, if it ran on this connection): not a statement per batch size
            assertThat(kept).isBetween(2, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void loansFeesAndOutboxKeepTheirOrderAndSums(TestDatabases kind) throws Exception {
        MemberRepository members = new MemberRepository();
        ItemRepository items = new ItemRepository();
        LoanRepository loans = new LoanRepository();
        FeeRepository fees = new FeeRepository();
        OutboxRepository outbox = new OutboxRepository();
        try (var t = kind.open(2)) {
            t.db().inTransaction(c -> {
                members.insert(c, new Member("RI0009", "RI", Member.PersonType.NATURAL, "A", "B", null, null, "ADULT",
                        null, null, null, null, null, null, null, null, null, Member.MemberState.ACTIVE,
                        LocalDate.of(2026, 1, 1), null, null, false, "sl"), NOW);
                items.insert(c, new Item("RI9001", "RI", "RI-RIB", "B1", "Naslov", null, "BOOK", Item.Collection.LENDING,
                        Item.Audience.ADULT, false, null, false, 1, ItemStatus.AVAILABLE, null), NOW);
                long loan = loans.insert(c, "RI9001", "RI0009", "RI", "RI-RIB", NOW, LocalDate.of(2026, 12, 7));
                fees.insert(c, "RI0009", "RI", loan, Fee.Kind.FINE, new BigDecimal("1.20"), NOW, "x");
                fees.insert(c, "RI0009", "RI", null, Fee.Kind.RENEWAL_FEE, new BigDecimal("0.50"), NOW, "y");
                outbox.append(c, "e-1", "CHECKOUT", "RI", "{}", NOW);
                outbox.append(c, "e-2", "CHECKIN", "RI", "{}", NOW);
                return null;
            });
            BigDecimal owed = t.db().inTransaction(c -> fees.outstanding(c, "RI0009", "RI"));
            Optional<Loan> active = t.db().inTransaction(c -> loans.activeForItem(c, "RI9001"));
            List<OutboxRepository.Event> pending = t.db().inTransaction(c -> outbox.pending(c, 10));
            assertThat(owed).isEqualByComparingTo("1.70");
            assertThat(active).isPresent();
            assertThat(pending).extracting(OutboxRepository.Event::eventId).containsExactly("e-1", "e-2");
            t.db().inTransaction(c -> {
                outbox.removePublished(c, List.of(outbox.pending(c, 1).get(0).seq()));
                return null;
            });
            long stillPending = t.db().inTransaction(outbox::countPending);
            assertThat(stillPending).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void bibliographicRecordsUpsertAndSearchWithNonAsciiText(TestDatabases kind) throws Exception {
        var repo = new si.knjizniprehod.core.catalogue.BibRecordRepository();
        String xml = "<record><datafield tag=\"200\"><subfield code=\"a\">Čarovnikov vajenec</subfield></datafield></record>"
                + "x".repeat(20_000);
        var first = new si.knjizniprehod.core.catalogue.BibRecord("COBISS-1", "UNIMARC", "Čarovnikov vajenec", null,
                "Šalamun, Tomaž", "1999", "Založba", "978-961-01-0001-1", null, "slv", "BOOK", "821.163.6", "{}",
                xml, "IMPORT", NOW);
        try (var t = kind.open(2)) {
            t.db().inTransaction(c -> {
                repo.save(c, first);
                repo.save(c, new si.knjizniprehod.core.catalogue.BibRecord("COBISS-1", "UNIMARC", "Čarovnikov vajenec",
                        null, "Šalamun, Tomaž", "2001", "Založba", "978-961-01-0001-1", null, "slv", "BOOK", "821.163.6",
                        "{}", xml, "HARVEST", NOW));
                return null;
            });
            long n = t.db().inTransaction(repo::count);
            var found = t.db().inTransaction(c -> repo.search(c, "čarovnik", "šalamun", "9789610100011", 10));
            assertThat(n).isEqualTo(1);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).year()).isEqualTo("2001");
            assertThat(found.get(0).source()).isEqualTo("HARVEST");
            assertThat(found.get(0).recordXml()).hasSize(xml.length());
        }
    }
}
