package si.knjizniprehod.connectors.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;
import si.knjizniprehod.connectors.sru.testing.TestData;
import si.knjizniprehod.connectors.sru.testing.ZebraServer;

/**
 * Against a real Zebra (zebraidx + zebrasrv) on loopback indexing the shared sample files. Only
 * {@code gateway.catalogue.sru.url} is configured: the default dc-based index set must just work.
 */
class ZebraSruTest {

    private static ZebraServer zebra;
    private static SruClient sru;

    @BeforeAll
    static void startZebra() {
        zebra = ZebraServer.builder()
                .marc21(TestData.marc("marc21/pride-and-prejudice-fixed.mrc"),
                        TestData.marc("marc21/brkrtest_utf8.mrc"))
                .unimarc("unimarc", TestData.marc("unimarc/testunimarc.mrc"), TestData.marc("unimarc/periouni.mrc"))
                .start();
        sru = SruClient.fromProperties(zebra.catalogueProperties());
    }

    @AfterAll
    static void stopZebra() {
        if (zebra != null) {
            zebra.close();
        }
    }

    private static String title(Record r) {
        DataField f = (DataField) r.getVariableField("245");
        return f == null ? "" : f.toString().toLowerCase(Locale.ROOT);
    }

    private static String allText(Record r) {
        return r.getVariableFields().stream().map(VariableField::toString).collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void searchByTitleReturnsMarcRecordsAndRawXml() {
        SearchResult r = sru.search(sru.cql().where("title", "pride and prejudice").build(), 1, 5);
        assertThat(r.numberOfRecords()).isGreaterThan(100);
        assertThat(r.records()).hasSize(5);
        for (SruRecord rec : r.records()) {
            assertThat(rec.marc()).isNotNull();
            assertThat(title(rec.marc())).contains("pride").contains("prejudice");
            assertThat(rec.rawXml()).contains("http://www.loc.gov/MARC21/slim").contains("tag=\"245\"");
            assertThat(rec.schema()).isEqualTo("info:srw/schema/1/marcxml-v1.1");
        }
        assertThat(r.records()).extracting(SruRecord::position).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void searchByAuthor() {
        SearchResult r = sru.search(sru.cql().where("author", "Austen").build(), 1, 10);
        assertThat(r.numberOfRecords()).isGreaterThan(100);
        assertThat(r.records()).allSatisfy(rec -> assertThat(allText(rec.marc())).contains("austen"));
    }

    @Test
    void searchByIsbnFindsExactlyThatBook() {
        SearchResult r = sru.search(sru.cql().where("isbn", "0582416892").build(), 1, 10);
        assertThat(r.numberOfRecords()).isEqualTo(1);
        Record rec = r.records().get(0).marc();
        assertThat(rec.getControlNumber()).isEqualTo("UkOxUb13713246");
        assertThat(title(rec)).contains("sense and sensibility");
    }

    @Test
    void searchByHyphenatedIsbnAndById() {
        SearchResult byIsbn = sru.search(sru.cql().where("isbn", "1-84456-033-3").build(), 1, 10);
        assertThat(byIsbn.records()).extracting(x -> x.marc().getControlNumber()).contains("BTJ4661864X3");
        SearchResult byId = sru.search(sru.cql().where("id", "BTJ4661864X3").build(), 1, 10);
        assertThat(byId.numberOfRecords()).isEqualTo(1);
        assertThat(byId.records().get(0).controlNumber()).contains("BTJ4661864X3");
    }

    @Test
    void combinedQueryNarrowsResults() {
        int title = sru.count(sru.cql().where("title", "pride").build());
        int both = sru.count(sru.cql().where("title", "pride").and("author", "teller").build());
        assertThat(both).isPositive().isLessThan(title);
    }

    @Test
    void restStyleFieldMapSearch() {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("title", "sense and sensibility");
        params.put("author", "Gilchrist");
        params.put("isbn", null);
        SearchResult r = sru.search(sru.cql().allOf(params).build(), 1, 10);
        assertThat(r.records()).extracting(x -> x.marc().getControlNumber()).contains("UkOxUb13713246");
    }

    @Test
    void pagingWalksEveryHitExactlyOnce() {
        String cql = sru.cql().where("title", "pride").build();
        int total = sru.count(cql);
        assertThat(total).isGreaterThan(60);
        List<Integer> positions = new ArrayList<>();
        Iterator<SruRecord> it = sru.iterate(cql, 25);
        while (it.hasNext()) {
            SruRecord r = it.next();
            positions.add(r.position());
            assertThat(allText(r.marc())).contains("pride"); // 245, 240, 246, 740, ... are title indexes
        }
        assertThat(positions).hasSize(total);
        for (int i = 0; i < total; i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1);
        }
        // a later page by hand agrees with the iterator's view
        SearchResult page3 = sru.search(cql, 51, 25);
        assertThat(page3.records().get(0).position()).isEqualTo(51);
        assertThat(page3.nextStart()).hasValue(76);
    }

    @Test
    void streamRespectsLimitsAndStopsAtLastPage() {
        String cql = sru.cql().where("isbn", "0582416892").build();
        assertThat(sru.stream(cql).count()).isEqualTo(1);
        Map<String, String> p = new HashMap<>(zebra.catalogueProperties());
        p.put(CatalogueConfig.MAX_ITERATED_RECORDS, "30");
        p.put(CatalogueConfig.PAGE_SIZE, "7");
        SruClient capped = SruClient.fromProperties(p);
        assertThat(capped.stream(sru.cql().where("title", "pride").build()).count()).isEqualTo(30);
    }

    @Test
    void explainListsIndexesAndSchemas() {
        ExplainInfo e = sru.explain();
        assertThat(e.host()).isEqualTo("127.0.0.1");
        assertThat(e.port()).isEqualTo(zebra.port());
        assertThat(e.database()).isEqualTo("Default");
        assertThat(e.indexes()).contains("dc.title", "dc.creator", "dc.identifier", "rec.id");
        assertThat(e.supportsSchema("marcxml")).isTrue();
        assertThat(e.supportsSchema("info:srw/schema/8/unimarcxml-v0.1")).isTrue();
        // every default field index of the config is one the server explains
        assertThat(e.indexes()).containsAll(new HashSet<>(CatalogueConfig.DEFAULT_INDEXES.values()).stream()
                .filter(i -> !i.startsWith("dc.subject") && !i.equals("dc.publisher") && !i.equals("dc.date")
                        && !i.equals("dc.language")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "1.2", "2.0"})
    void everyProtocolVersionParses(String version) {
        Map<String, String> p = new HashMap<>(zebra.catalogueProperties());
        p.put(CatalogueConfig.VERSION, version);
        SruClient c = SruClient.fromProperties(p);
        SearchResult r = c.search(c.cql().where("isbn", "0582416892").build(), 1, 1);
        assertThat(r.numberOfRecords()).isEqualTo(1);
        assertThat(r.records().get(0).controlNumber()).contains("UkOxUb13713246");
        assertThat(r.version()).isEqualTo(version);
        assertThat(c.explain().indexes()).contains("dc.title");
    }

    @Test
    void unimarcDatabaseWithUnimarcxmlSchema() {
        Map<String, String> p = new HashMap<>();
        p.put(CatalogueConfig.URL, zebra.sruUrl("unimarc"));
        p.put(CatalogueConfig.RECORD_SCHEMA, "unimarcxml");
        SruClient c = SruClient.fromProperties(p);
        assertThat(c.config().recordFormat()).isEqualTo(MarcFlavour.UNIMARC);
        SearchResult r = c.search(c.cql().where("author", "Asimov").build(), 1, 5);
        assertThat(r.numberOfRecords()).isEqualTo(1);
        Record rec = r.records().get(0).marc();
        assertThat(rec.getControlNumber()).isEqualTo("IT\\ICCU\\ANA\\0019370");
        assertThat(rec.getVariableField("200").toString()).contains("faccia della spirale");
        assertThat(c.search(c.cql().where("isbn", "88-04-40682-8").build(), 1, 1).numberOfRecords()).isEqualTo(1);
    }

    @Test
    void nonAsciiSearchAndDecodingInUnimarc() {
        Map<String, String> p = new HashMap<>();
        p.put(CatalogueConfig.URL, zebra.sruUrl("unimarc"));
        p.put(CatalogueConfig.RECORD_SCHEMA, "unimarcxml");
        SruClient c = SruClient.fromProperties(p);
        SearchResult r = c.search(c.cql().where("title", "politološkog društva").build(), 1, 5);
        assertThat(r.numberOfRecords()).isEqualTo(1);
        assertThat(r.records().get(0).marc().getVariableField("200").toString())
                .contains("Anali Hrvatskog politološkog društva");
        assertThat(r.records().get(0).rawXml()).contains("politološkog");
    }

    // ---- CQL injection, end to end ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "\" or dc.title=*",
        "pride\" or \"a",
        "x\\\" or dc.creator=austen or \"",
        "*",
        "prid*",
        "pr?de",
        "^pride",
        "pride and prejudice or cql.allRecords=1",
        "prejudice) or (dc.title=pride",
        "dc.title=pride",
        "= < > <> == /",
        "not pride",
        "pride prox prejudice",
        "\\",
        "\\\\\"\\*",
        "Prešeren \"Poezije\" (1847) & <b>'",
    })
    void hostileInputReachesZebraAsOneLiteralTerm(String hostile) {
        String cql = sru.cql().where("title", hostile).build();
        sru.clearCache(); // the request must really reach the server
        ZebraServer.RpnTrace trace = zebra.trace(() -> sru.search(cql, 1, 3));
        // Zebra's own CQL parser saw exactly one term, character for character the user's text,
        // with no boolean operator and truncation switched off
        assertThat(trace.operators()).as("operators in %s", cql).isEmpty();
        assertThat(trace.terms()).as("terms of %s", cql).containsExactly(hostile);
        assertThat(trace.attributes()).contains("use (1=4)", "truncation=Do not truncate (5=100)");
    }

    @Test
    void classicInjectionFindsNothingInsteadOfEverything() {
        int everything = sru.count("cql.allRecords=1");
        assertThat(everything).isGreaterThan(300);
        assertThat(sru.count("dc.title=nosuchword or dc.title=pride")).isPositive(); // what an injection would do
        for (String hostile : List.of("\" or dc.title=pride", "x\" or cql.allRecords=1 or \"", "*", "\\")) {
            SearchResult r = sru.search(sru.cql().where("title", hostile).build(), 1, 3);
            assertThat(r.numberOfRecords()).as(hostile).isZero();
            assertThat(r.records()).isEmpty();
        }
    }

    @Test
    void escapedWildcardsAreLiteralButDeliberateTruncationWorks() {
        assertThat(sru.count("dc.title=prid*")).isGreaterThan(100); // the server does truncate
        assertThat(sru.count(sru.cql().where("title", "prid*").build())).isZero();
        assertThat(sru.count(sru.cql().whereStartsWith("title", "prid").build())).isGreaterThan(100);
    }

    @Test
    void userTextWithBooleanWordsStillFindsTheTitle() {
        // "and" inside quotes is part of the phrase, not an operator
        assertThat(sru.count(sru.cql().where("title", "pride and prejudice").build())).isPositive();
    }

    // ---- diagnostics from Zebra ----------------------------------------------------------------------

    @Test
    void unsupportedIndexIsATypedDiagnostic() {
        assertThatThrownBy(() -> sru.search("dc.nosuchindex=x", 1, 1))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
                    assertThat(e.code()).isEqualTo(16);
                    assertThat(e.uri()).isEqualTo("info:srw/diagnostic/1/16");
                    assertThat(e.diagnosticMessage()).isEqualTo("Unsupported index");
                    assertThat(e.getMessage()).contains("Unsupported index");
                });
    }

    @Test
    void badCqlIsASyntaxDiagnostic() {
        assertThatThrownBy(() -> sru.search("dc.title=(", 1, 1))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> assertThat(e.code()).isEqualTo(10));
    }

    // ---- holdings from MARC 21 852 -------------------------------------------------------------------

    @Test
    void holdingsFrom852CountCopiesPerLibrary() {
        SruRecord rec = sru.search(sru.cql().where("isbn", "0582416892").build(), 1, 1).records().get(0);
        List<Holding> h = sru.holdings(rec);
        // four 852 fields, all $a UkOxU (one Bodleian copy, three CED copies with $t 1..3)
        assertThat(h).containsExactly(new Holding("UkOxU", 4, "X00.G00428 (Box B000000132964)"));
    }

    @Test
    void holdingsWithManyLibrariesAndNonAsciiNames() {
        List<Holding> h = sru.holdingsById("BTJ4661864X3");
        assertThat(h).hasSize(33);
        assertThat(h).allSatisfy(x -> assertThat(x.copies()).isEqualTo(1));
        Set<String> libs = h.stream().map(Holding::libraryCode).collect(Collectors.toSet());
        assertThat(libs).contains("Gävle", "Östersund", "Kävlinge");
    }

    @Test
    void holdingsWithConfiguredUnimarcLocalField() {
        // testunimarc.mrc carries Italian SBN holdings in 899 ($1 library, $2 shelf): just configuration
        Map<String, String> p = new HashMap<>();
        p.put(CatalogueConfig.URL, zebra.sruUrl("unimarc"));
        p.put(CatalogueConfig.RECORD_SCHEMA, "unimarcxml");
        p.put(CatalogueConfig.HOLDINGS_UNIMARC + "tag", "899");
        p.put(CatalogueConfig.HOLDINGS_UNIMARC + "library-subfields", "1");
        p.put(CatalogueConfig.HOLDINGS_UNIMARC + "call-number-subfields", "2");
        SruClient c = SruClient.fromProperties(p);
        SruRecord rec = c.search(c.cql().where("title", "spirale").build(), 1, 1).records().get(0);
        List<Holding> h = c.holdings(rec);
        assertThat(h).hasSize(40);
        assertThat(h.get(0)).isEqualTo(new Holding("AL0073", 1, "TO0 Q9"));
    }
}
