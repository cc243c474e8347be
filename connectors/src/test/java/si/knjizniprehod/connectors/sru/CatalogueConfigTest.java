package si.knjizniprehod.connectors.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueConfigTest {

    @Test
    void onlyTheUrlIsRequired() {
        CatalogueConfig c = CatalogueConfig.fromProperties(Map.of(CatalogueConfig.URL, "http://127.0.0.1:9999/Default",
                "gateway.catalogue.harvest.cron", "ignored by this module", "other.key", "x"));
        assertThat(c.url().toString()).isEqualTo("http://127.0.0.1:9999/Default");
        assertThat(c.version()).isEqualTo(SruVersion.V1_2);
        assertThat(c.recordSchema()).isEqualTo("marcxml");
        assertThat(c.recordFormat()).isEqualTo(MarcFlavour.MARC21);
        assertThat(c.index("title")).isEqualTo("dc.title");
        assertThat(c.index("author")).isEqualTo("dc.creator");
        assertThat(c.index("isbn")).isEqualTo("dc.identifier");
        assertThat(c.index("issn")).isEqualTo("dc.identifier");
        assertThat(c.index("id")).isEqualTo("rec.id");
        assertThat(c.index("any")).isEqualTo("cql.serverChoice");
        assertThat(c.pageSize()).isEqualTo(20);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.maxRetries()).isEqualTo(2);
        assertThat(c.failureThreshold()).isEqualTo(5);
        assertThat(c.cacheTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.holdingsSource()).isEqualTo(CatalogueConfig.HoldingsSource.RECORD);
        assertThat(c.marc21Holdings().tag()).isEqualTo("852");
        assertThat(c.unimarcHoldings().tag()).isEqualTo("996");
        assertThat(c.username()).isEmpty();
    }

    @Test
    void everyKeyCanBeSet() {
        Map<String, String> p = new HashMap<>();
        p.put(CatalogueConfig.URL, "https://sru.example.si/COBIB?x-info=1");
        p.put(CatalogueConfig.VERSION, "2.0");
        p.put(CatalogueConfig.RECORD_SCHEMA, "unimarcxml");
        p.put(CatalogueConfig.PAGE_SIZE, "50");
        p.put(CatalogueConfig.MAX_ITERATED_RECORDS, "500");
        p.put(CatalogueConfig.USERNAME, "kp");
        p.put(CatalogueConfig.PASSWORD, "geslo");
        p.put(CatalogueConfig.CONNECT_TIMEOUT, "750ms");
        p.put(CatalogueConfig.READ_TIMEOUT, "PT20S");
        p.put(CatalogueConfig.RETRY_MAX, "4");
        p.put(CatalogueConfig.RETRY_BACKOFF, "0.5s");
        p.put(CatalogueConfig.RETRY_MAX_BACKOFF, "1m");
        p.put(CatalogueConfig.RETRY_MULTIPLIER, "3");
        p.put(CatalogueConfig.CB_THRESHOLD, "0");
        p.put(CatalogueConfig.CB_OPEN, "10s");
        p.put(CatalogueConfig.CACHE_TTL, "0");
        p.put(CatalogueConfig.CACHE_MAX, "5");
        p.put(CatalogueConfig.INDEX_PREFIX + "title", "TI");
        p.put(CatalogueConfig.INDEX_PREFIX + "Signature", "SG");
        p.put(CatalogueConfig.INDEX_PREFIX + "subject", "");
        p.put(CatalogueConfig.HOLDINGS_SOURCE, "schema");
        p.put(CatalogueConfig.HOLDINGS_SCHEMA, "holdings");
        p.put(CatalogueConfig.HOLDINGS_UNIMARC + "tag", "997");
        p.put(CatalogueConfig.HOLDINGS_UNIMARC + "library-subfields", "b5");
        CatalogueConfig c = CatalogueConfig.fromProperties(p);
        assertThat(c.version()).isEqualTo(SruVersion.V2_0);
        assertThat(c.recordFormat()).isEqualTo(MarcFlavour.UNIMARC);
        assertThat(c.pageSize()).isEqualTo(50);
        assertThat(c.maxIteratedRecords()).isEqualTo(500);
        assertThat(c.username()).contains("kp");
        assertThat(c.password()).contains("geslo");
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.maxRetries()).isEqualTo(4);
        assertThat(c.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.maxBackoff()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.backoffMultiplier()).isEqualTo(3.0);
        assertThat(c.failureThreshold()).isZero();
        assertThat(c.cacheTtl()).isZero();
        assertThat(c.cacheMaxEntries()).isEqualTo(5);
        assertThat(c.index("title")).isEqualTo("TI");
        assertThat(c.index("signature")).isEqualTo("SG");
        assertThat(c.indexes()).doesNotContainKey("subject");
        assertThat(c.holdingsSource()).isEqualTo(CatalogueConfig.HoldingsSource.SCHEMA);
        assertThat(c.holdingsSchema()).isEqualTo("holdings");
        assertThat(c.unimarcHoldings()).isEqualTo(new CatalogueConfig.HoldingsFieldSpec("997", "b5", "d", "f"));
        assertThat(c.toString()).doesNotContain("geslo").contains("***");
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> CatalogueConfig.fromProperties(Map.of()))
                .hasMessageContaining(CatalogueConfig.URL);
        assertThatThrownBy(() -> CatalogueConfig.forUrl("ftp://x/y")).hasMessageContaining("http");
        assertThatThrownBy(() -> CatalogueConfig.fromProperties(Map.of(CatalogueConfig.URL, "http://h/d",
                CatalogueConfig.VERSION, "3.0"))).hasMessageContaining(CatalogueConfig.VERSION);
        assertThatThrownBy(() -> CatalogueConfig.fromProperties(Map.of(CatalogueConfig.URL, "http://h/d",
                CatalogueConfig.READ_TIMEOUT, "soon"))).hasMessageContaining(CatalogueConfig.READ_TIMEOUT);
        assertThatThrownBy(() -> CatalogueConfig.fromProperties(Map.of(CatalogueConfig.URL, "http://h/d",
                CatalogueConfig.RETRY_MAX, "-1"))).hasMessageContaining(CatalogueConfig.RETRY_MAX);
        assertThatThrownBy(() -> CatalogueConfig.fromProperties(Map.of(CatalogueConfig.URL, "http://h/d",
                CatalogueConfig.INDEX_PREFIX + "title", "dc.title=\"x\" or dc.title")))
                .hasMessageContaining(CatalogueConfig.INDEX_PREFIX + "title");
        assertThatThrownBy(() -> CatalogueConfig.forUrl("http://h/d").index("colour"))
                .hasMessageContaining(CatalogueConfig.INDEX_PREFIX + "colour");
    }
}
