package si.knjizniprehod.connectors.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import si.knjizniprehod.connectors.sru.testing.YazZtestServer;

/**
 * Against YAZ's yaz-ztest answering SRU over HTTP on loopback: exact paging (a numeric term gives that many
 * hits), diagnostics, unknown databases, surrogate diagnostics, the opacxml holdings schema and a slow
 * database for the read timeout.
 */
class YazZtestSruTest {

    private static YazZtestServer ztest;

    @BeforeAll
    static void start() {
        ztest = YazZtestServer.start();
    }

    @AfterAll
    static void stop() {
        if (ztest != null) {
            ztest.close();
        }
    }

    private static SruClient client(String url, String... kv) {
        Map<String, String> p = new HashMap<>();
        p.put(CatalogueConfig.URL, url);
        p.put(CatalogueConfig.RETRY_BACKOFF, "10ms");
        for (int i = 0; i + 1 < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return SruClient.fromProperties(p);
    }

    @Test
    void pagingAcrossPagesDeliversEveryPositionOnce() {
        SruClient sru = client(ztest.sruUrl(), CatalogueConfig.PAGE_SIZE, "20");
        String cql = "dc.title=137";
        assertThat(sru.count(cql)).isEqualTo(137);
        List<Integer> positions = new ArrayList<>();
        Iterator<SruRecord> it = sru.iterate(cql);
        while (it.hasNext()) {
            SruRecord r = it.next();
            assertThat(r.marc()).isNotNull();
            assertThat(r.marc().getVariableField("245")).isNotNull();
            positions.add(r.position());
        }
        assertThat(positions).hasSize(137);
        for (int i = 0; i < 137; i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void lastPageIsShortAndHasNoNextStart() {
        SruClient sru = client(ztest.sruUrl());
        SearchResult page = sru.search("dc.title=137", 121, 20);
        assertThat(page.records()).hasSize(17);
        assertThat(page.records().get(0).position()).isEqualTo(121);
        assertThat(page.nextStart()).isEmpty();
        assertThat(sru.search("dc.title=137", 101, 20).nextStart()).hasValue(121);
        assertThat(sru.stream("dc.title=0").count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "1.2", "2.0"})
    void versionsAndNamespaces(String version) {
        SruClient sru = client(ztest.sruUrl(), CatalogueConfig.VERSION, version);
        SearchResult r = sru.search("dc.title=5", 1, 5);
        assertThat(r.numberOfRecords()).isEqualTo(5);
        assertThat(r.records()).hasSize(5);
        assertThat(r.records()).allSatisfy(x -> assertThat(x.marc()).isNotNull());
        assertThat(r.version()).isEqualTo(version);
    }

    @Test
    void querySyntaxErrorIsDiagnostic10() {
        SruClient sru = client(ztest.sruUrl());
        assertThatThrownBy(() -> sru.search("dc.title=(a and", 1, 1))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
                    assertThat(e.code()).isEqualTo(10);
                    assertThat(e.uri()).isEqualTo("info:srw/diagnostic/1/10");
                    assertThat(e.diagnosticMessage()).isEqualTo("Query syntax error");
                    assertThat(e.isRetriable()).isFalse();
                });
    }

    @Test
    void unsupportedIndexIsDiagnostic16() {
        SruClient sru = client(ztest.sruUrl());
        assertThatThrownBy(() -> sru.search("dc.nosuchindex=1", 1, 1))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> assertThat(e.code()).isEqualTo(16));
    }

    @Test
    void startBeyondTheEndIsDiagnostic61() {
        SruClient sru = client(ztest.sruUrl());
        assertThatThrownBy(() -> sru.search("dc.title=7", 20, 5))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
                    assertThat(e.code()).isEqualTo(61);
                    assertThat(e.getMessage()).contains("First record position out of range");
                });
    }

    @Test
    void unknownDatabaseIsAnHttp404NotRetried() {
        SruClient sru = client(ztest.sruUrl("NoSuchDatabase"));
        assertThatThrownBy(() -> sru.search("dc.title=1", 1, 1))
                .isInstanceOfSatisfying(SruHttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.getMessage()).contains(CatalogueConfig.URL);
                });
        assertThat(sru.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void unknownSchemaIsDiagnostic66WithDetails() {
        SruClient sru = client(ztest.sruUrl(), CatalogueConfig.RECORD_SCHEMA, "no-such-schema");
        assertThatThrownBy(() -> sru.search("dc.title=3", 1, 3))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
                    assertThat(e.code()).isEqualTo(66);
                    assertThat(e.details()).isEqualTo("no-such-schema");
                    assertThat(e.diagnosticMessage()).isEqualTo("Unknown schema for retrieval");
                });
        // asking for hits only needs no schema at all
        assertThat(sru.count("dc.title=3")).isEqualTo(3);
    }

    @Test
    void holdingsFromTheOpacxmlSchema() {
        SruClient sru = client(ztest.sruUrl(),
                CatalogueConfig.HOLDINGS_SOURCE, "schema",
                CatalogueConfig.HOLDINGS_SCHEMA, "opacxml");
        SruRecord rec = sru.search("dc.title=1", 1, 1).records().get(0);
        assertThat(rec.controlNumber()).contains("11224466");
        List<Holding> h = sru.holdings(rec);
        assertThat(h).containsExactly(new Holding("s-FM/GC", 1, "MLCM 89/00602 (N)"));
    }

    @Test
    void opacxmlRecordsAlsoCarryTheBibliographicRecord() {
        SruClient sru = client(ztest.sruUrl(), CatalogueConfig.RECORD_SCHEMA, "opacxml");
        SruRecord rec = sru.search("dc.title=2", 1, 1).records().get(0);
        assertThat(rec.rawXml()).contains("<opacRecord").contains("<holdings>");
        assertThat(rec.marc()).isNotNull();
        assertThat(rec.marc().getVariableField("100").toString()).contains("Jack Collins");
        // with holdings.source=record the opac holdings inside the record are read as well
        assertThat(sru.holdings(rec)).extracting(Holding::libraryCode).containsExactly("s-FM/GC");
    }

    @Test
    void slowDatabaseHitsTheReadTimeout() {
        SruClient sru = client(ztest.sruUrl("Slow3"),
                CatalogueConfig.READ_TIMEOUT, "400ms",
                CatalogueConfig.RETRY_MAX, "0");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> sru.search("dc.title=1", 1, 1))
                .isInstanceOf(SruTimeoutException.class)
                .hasMessageContaining("400 ms");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2500);
    }
}
