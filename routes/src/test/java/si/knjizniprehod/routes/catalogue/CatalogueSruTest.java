package si.knjizniprehod.routes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.connectors.sru.SruClient;
import si.knjizniprehod.connectors.sru.testing.TestData;
import si.knjizniprehod.connectors.sru.testing.ZebraServer;
import si.knjizniprehod.core.catalogue.HarvestStateRepository;
import si.knjizniprehod.routes.testing.RunningGateway;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway pointed at a real Zebra SRU server on loopback serving pride-and-prejudice-fixed.mrc:
 * search over REST, the full-record formats, CQL escaping seen in Zebra's own request log, diagnostics as
 * 502, holdings, and the scheduled harvest into the local store.
 */
class CatalogueSruTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HARVEST_QUERY = "dc.title=\"sense and sensibility\"";
    private static ZebraServer zebra;
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        zebra = ZebraServer.builder().marc21(TestData.marc("marc21/pride-and-prejudice-fixed.mrc")).start();
        Map<String, String> cfg = new HashMap<>();
        cfg.put("gateway.catalogue.sru.url", zebra.sruUrl());
        cfg.put("gateway.catalogue.sru.page-size", "7"); // the harvest pages through several pages
        cfg.put("gateway.catalogue.index.shelf", "dc.shelfmark"); // an index Zebra does not have
        cfg.put("gateway.catalogue.harvest.query", HARVEST_QUERY);
        cfg.put("gateway.catalogue.harvest.period", "1h");
        cfg.put("gateway.catalogue.harvest.delay", "200ms");
        cfg.put("gateway.demo", "false");
        gw = new RunningGateway(cfg);
    }

    @AfterAll
    static void stop() throws Exception {
        if (gw != null) {
            gw.close();
        }
        if (zebra != null) {
            zebra.close();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> r = gw.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void searchByTitleAnswersSummariesFromTheCatalogue() throws Exception {
        JsonNode r = getJson("/api/catalogue/search?title=" + enc("pride and prejudice") + "&limit=5", 200);
        assertThat(r.get("source").asText()).isEqualTo("sru");
        assertThat(r.get("query").asText()).isEqualTo("dc.title=\"pride and prejudice\"");
        assertThat(r.get("total").asInt()).isGreaterThan(100);
        assertThat(r.get("records")).hasSize(5);
        for (JsonNode s : r.get("records")) {
            assertThat(s.get("title").asText().toLowerCase()).contains("pride");
            assertThat(s.get("id").asText()).isNotBlank();
            assertThat(s.get("flavour").asText()).isEqualTo("MARC21");
        }
        JsonNode next = getJson("/api/catalogue/search?title=" + enc("pride and prejudice") + "&limit=5&offset=5", 200);
        assertThat(next.get("offset").asInt()).isEqualTo(5);
        assertThat(next.get("records").get(0).get("id").asText()).isNotEqualTo(r.get("records").get(0).get("id").asText());
    }

    @Test
    void searchByAuthorAndByIsbn() throws Exception {
        JsonNode byAuthor = getJson("/api/catalogue/search?author=Austen&limit=10", 200);
        assertThat(byAuthor.get("total").asInt()).isGreaterThan(100);
        assertThat(byAuthor.get("records")).allSatisfy(s ->
                assertThat(s.toString().toLowerCase()).contains("austen"));

        JsonNode byIsbn = getJson("/api/catalogue/search?isbn=0582416892", 200);
        assertThat(byIsbn.get("total").asInt()).isEqualTo(1);
        JsonNode s = byIsbn.get("records").get(0);
        assertThat(s.get("id").asText()).isEqualTo("UkOxUb13713246");
        assertThat(s.get("title").asText().toLowerCase()).contains("sense and sensibility");
        assertThat(texts(s.get("isbns"))).anySatisfy(i -> assertThat(i).contains("0582416892"));

        JsonNode byId = getJson("/api/catalogue/search?id=UkOxUb13713246", 200);
        assertThat(byId.get("total").asInt()).isEqualTo(1);
        assertThat(byId.get("records").get(0).get("id").asText()).isEqualTo("UkOxUb13713246");
    }

    @Test
    void fullRecordsAsMarcxmlMarc21AndUnimarc() throws Exception {
        HttpResponse<String> xml = gw.get("/api/catalogue/search?isbn=0582416892&format=marcxml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/marcxml+xml");
        assertThat(xml.body()).contains("http://www.loc.gov/MARC21/slim").contains("UkOxUb13713246")
                .contains("tag=\"245\"");

        JsonNode m21 = getJson("/api/catalogue/search?isbn=0582416892&format=marc21", 200);
        JsonNode rec = m21.get("records").get(0);
        assertThat(rec.get("leader").asText()).hasSize(24);
        assertThat(tags(rec)).contains("001", "245").doesNotContain("200");

        JsonNode uni = getJson("/api/catalogue/search?isbn=0582416892&format=unimarc", 200);
        JsonNode u = uni.get("records").get(0);
        assertThat(tags(u)).contains("001", "200", "010").doesNotContain("245");
        assertThat(field(u, "200").toString().toLowerCase()).contains("sense and sensibility");
    }

    private static List<String> tags(JsonNode marcJson) {
        List<String> t = new ArrayList<>();
        marcJson.get("fields").forEach(f -> t.add(f.fieldNames().next()));
        return t;
    }

    private static JsonNode field(JsonNode marcJson, String tag) {
        for (JsonNode f : marcJson.get("fields")) {
            if (f.has(tag)) {
                return f.get(tag);
            }
        }
        return null;
    }

    @Test
    void hostileSearchReachesZebraAsOneLiteralTerm() throws Exception {
        for (String hostile : List.of("\" or dc.title=*", "x\" or cql.allRecords=1 or \"", "pride) or (dc.creator=austen")) {
            JsonNode[] answer = new JsonNode[1];
            ZebraServer.RpnTrace trace = zebra.trace(() -> {
                try {
                    answer[0] = getJson("/api/catalogue/search?title=" + enc(hostile), 200);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertThat(trace.operators()).as(hostile).isEmpty();
            assertThat(trace.terms()).as(hostile).containsExactly(hostile);
            assertThat(answer[0].get("total").asInt()).as(hostile).isZero();
        }
    }

    @Test
    void cliSearchAsksTheConfiguredCatalogue() throws Exception {
        java.nio.file.Path cfg = java.nio.file.Files.createTempFile("catalogue", ".properties");
        try {
            java.nio.file.Files.writeString(cfg, "gateway.catalogue.sru.url=" + zebra.sruUrl() + "\n");
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cli = new picocli.CommandLine(new si.knjizniprehod.routes.GatewayCli());
            cli.setOut(new java.io.PrintWriter(out));
            cli.setErr(new java.io.PrintWriter(err));
            assertThat(cli.execute("search", "--config", cfg.toString(), "--isbn", "0582416892")).isZero();
            assertThat(err.toString()).contains("1 hit(s)").contains("dc.identifier=\"0582416892\"");
            assertThat(out.toString()).startsWith("UkOxUb13713246").containsIgnoringCase("sense and sensibility");
            assertThat(cli.execute("search", "--config", cfg.toString(), "--title", "\" or dc.title=*"))
                    .isEqualTo(si.knjizniprehod.routes.SearchCommand.NOTHING_FOUND);
        } finally {
            java.nio.file.Files.deleteIfExists(cfg);
        }
    }

    @Test
    void sruDiagnosticIsA502ProblemWithTheDiagnostic() throws Exception {
        HttpResponse<String> r = gw.get("/api/catalogue/search?shelf=x");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("reason").asText()).isEqualTo("CATALOGUE_DIAGNOSTIC");
        assertThat(p.get("diagnostics").get(0).get("uri").asText()).isEqualTo("info:srw/diagnostic/1/16");
        assertThat(p.get("detail").asText()).contains("Unsupported index");
    }

    @Test
    void badParametersAre400() throws Exception {
        assertThat(gw.get("/api/catalogue/search").statusCode()).isEqualTo(400);
        assertThat(gw.get("/api/catalogue/search?title=x&format=pdf").statusCode()).isEqualTo(400);
        assertThat(gw.get("/api/catalogue/search?title=x&limit=5000").statusCode()).isEqualTo(400);
    }

    @Test
    void holdingsByIsbnAndById() throws Exception {
        JsonNode byIsbn = getJson("/api/catalogue/holdings?isbn=0582416892", 200);
        JsonNode t = byIsbn.get("titles").get(0);
        assertThat(t.get("id").asText()).isEqualTo("UkOxUb13713246");
        assertThat(t.get("totalCopies").asInt()).isEqualTo(4);
        assertThat(t.get("libraries").get(0).get("libraryCode").asText()).isEqualTo("UkOxU");
        assertThat(t.get("libraries").get(0).get("copies").asInt()).isEqualTo(4);

        JsonNode byId = getJson("/api/catalogue/holdings?id=UkOxUb13713246", 200);
        assertThat(byId.get("totalCopies").asInt()).isEqualTo(4);
        assertThat(gw.get("/api/catalogue/holdings?id=nosuchrecord").statusCode()).isEqualTo(404);
    }

    @Test
    void scheduledHarvestFillsTheLocalStoreAndRecordsItsState() throws Exception {
        SruClient sru = SruClient.fromProperties(zebra.catalogueProperties());
        int hits = sru.count(HARVEST_QUERY);
        assertThat(hits).isGreaterThan(7); // more than one page of 7
        // the sample file repeats some control numbers; a record with a known id replaces the stored one
        long distinct = sru.stream(HARVEST_QUERY).map(r -> CatalogueSearch.hit(r.marc()).id())
                .filter(java.util.Objects::nonNull).distinct().count();
        long withoutId = sru.stream(HARVEST_QUERY).filter(r -> CatalogueSearch.hit(r.marc()).id() == null).count();
        CatalogueStore store = new CatalogueStore(gw.gateway().database());
        await().atMost(Duration.ofSeconds(30)).until(() -> store.harvestState(zebra.sruUrl()).isPresent());
        HarvestStateRepository.HarvestState state = store.harvestState(zebra.sruUrl()).orElseThrow();
        assertThat(state.lastCount()).isEqualTo(hits - withoutId); // records without an id are skipped
        assertThat(store.count()).isEqualTo(distinct);
        assertThat(store.find("UkOxUb13713246")).hasValueSatisfying(b -> {
            assertThat(b.source()).isEqualTo("harvest");
            assertThat(b.title().toLowerCase()).contains("sense and sensibility");
            assertThat(b.recordXml()).contains("UkOxUb13713246");
        });
        assertThat(gw.gateway().camel().getRoute("catalogue-harvest")).isNotNull();

        // with a date index configured, the next run asks only for what changed since the last one (minus overlap)
        CatalogueHarvester incremental = new CatalogueHarvester(sru, store, Clock.systemUTC(), HARVEST_QUERY,
                "rec.lastModified", "yyyy-MM-dd", Duration.ofDays(1));
        String since = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(
                state.lastHarvest().minus(Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC));
        assertThat(incremental.nextQuery()).isEqualTo("(" + HARVEST_QUERY + ") and rec.lastModified>=\"" + since + "\"");
    }
}
