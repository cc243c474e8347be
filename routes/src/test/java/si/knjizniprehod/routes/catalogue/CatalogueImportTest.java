package si.knjizniprehod.routes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import si.knjizniprehod.connectors.sru.testing.TestData;
import si.knjizniprehod.routes.GatewayCli;
import si.knjizniprehod.routes.testing.RunningGateway;
import si.knjizniprehod.sip2.TestClient;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import with the CLI command (in process, on its own database), then a gateway on that database without an SRU
 * catalogue: stored records over REST, local search, upload import of a malformed file, and an item linked to an
 * imported record showing the record's title in SIP2 item information.
 */
class CatalogueImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ASIMOV_ID = "IT\\ICCU\\ANA\\0019370";
    private static Path dataDir;
    private static Path report;
    private static int exitCode;
    private static String cliOut;
    private static String cliErr;
    private static RunningGateway gw;

    @BeforeAll
    static void importThenStart() throws Exception {
        dataDir = Files.createTempDirectory("catalogue-import");
        report = dataDir.resolve("rejected.tsv");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new GatewayCli());
        cli.setOut(new java.io.PrintWriter(out));
        StringWriter err = new StringWriter();
        cli.setErr(new java.io.PrintWriter(err));
        Path broken = dataDir.resolve("broken.mrc");
        Files.write(broken, brokenFile());
        Path noId = dataDir.resolve("no-id.xml");
        Files.writeString(noId, NO_ID_XML);
        exitCode = cli.execute("import", "--data-dir", dataDir.toString(), "--report", report.toString(),
                TestData.marc("unimarc/testunimarc.mrc").toString(),
                TestData.marc("malformed/pride-and-prejudice-with-many-errors.mrc").toString(),
                broken.toString(), noId.toString(), TestData.marcDir().resolve("marcxml").toString());
        cliOut = out.toString();
        cliErr = err.toString();
        gw = new RunningGateway(Map.of("gateway.data.dir", dataDir.toString()));
    }

    /** A MARCXML record without 001 (and one with), so it cannot be given a store id. */
    static final String NO_ID_XML = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">"
            + "<record><leader>00000nam a2200000 a 4500</leader>"
            + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Nobody's record</subfield></datafield></record>"
            + "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">noid-2</controlfield>"
            + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Somebody's record</subfield></datafield></record>"
            + "</collection>";

    /** The Asimov record, a 6-byte fragment that is no record, and the Asimov record again. */
    static byte[] brokenFile() throws Exception {
        byte[] good = Files.readAllBytes(TestData.marc("unimarc/testunimarc.mrc"));
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(good);
        b.write("12345\u001d".getBytes(StandardCharsets.US_ASCII));
        b.write(good);
        return b.toByteArray();
    }

    @AfterAll
    static void stop() throws Exception {
        if (gw != null) {
            gw.close();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> r = gw.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void cliImportStoresGoodRecordsAndReportsBadOnesWithPositionAndReason() throws Exception {
        Matcher m = Pattern.compile("imported 7 file\\(s\\): (\\d[\\d,]*) records read, (\\d[\\d,]*) stored, "
                + "(\\d[\\d,]*) rejected, (\\d[\\d,]*) with warnings").matcher(cliOut);
        assertThat(m.find()).as(cliOut).isTrue();
        long read = Long.parseLong(m.group(1).replace(",", ""));
        long stored = Long.parseLong(m.group(2).replace(",", ""));
        long rejected = Long.parseLong(m.group(3).replace(",", ""));
        long warned = Long.parseLong(m.group(4).replace(",", ""));
        assertThat(read).isEqualTo(stored + rejected);
        assertThat(rejected).isGreaterThan(2);
        assertThat(warned).isPositive();   // the malformed file's records: read with warnings and stored
        assertThat(exitCode).isEqualTo(3); // some records rejected
        // the progress display (not a terminal here: one line per finished file)
        assertThat(cliErr).contains("testunimarc.mrc: 1 records").contains("100%, done in");

        List<String> lines = Files.readAllLines(report);
        assertThat(lines.get(0)).isEqualTo("file\tposition\tbyte_offset\toutcome\treason");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split("\t")).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(5));
        assertThat(rows.stream().filter(r -> r[3].equals("rejected")).count()).isEqualTo(rejected);
        // pride-and-prejudice-with-many-errors.mrc: readable records without a control number cannot be stored
        List<String[]> malformed = rows.stream().filter(r -> r[3].equals("rejected")
                && r[0].endsWith("pride-and-prejudice-with-many-errors.mrc")).toList();
        assertThat(malformed).hasSize((int) rejected - 2).allSatisfy(r -> {
            assertThat(Long.parseLong(r[1])).isPositive();
            assertThat(Long.parseLong(r[2])).isPositive();
            assertThat(r[4]).isEqualTo("record has no control number (001) and no COBISS.SI-ID");
        });
        // broken.mrc: a fragment that is no record; no-id.xml: a record without 001
        List<String[]> rej = rows.stream().filter(r -> r[3].equals("rejected")
                && !r[0].endsWith("pride-and-prejudice-with-many-errors.mrc")).toList();
        assertThat(rej).hasSize(2);
        int asimovBytes = Files.readAllBytes(TestData.marc("unimarc/testunimarc.mrc")).length;
        assertThat(rej.get(0)[0]).endsWith("broken.mrc");
        assertThat(rej.get(0)[1]).isEqualTo("2");
        assertThat(rej.get(0)[2]).isEqualTo(String.valueOf(asimovBytes));
        assertThat(rej.get(1)[0]).endsWith("no-id.xml");
        assertThat(rej.get(1)[1]).isEqualTo("1");
        assertThat(rej.get(1)[4]).contains("no control number");
        List<String[]> warn = rows.stream().filter(r -> r[3].equals("warning")).toList();
        assertThat(warn).hasSize((int) warned);
        assertThat(warn).allSatisfy(r -> {
            assertThat(r[0]).endsWith("pride-and-prejudice-with-many-errors.mrc");
            assertThat(Long.parseLong(r[1])).isPositive();
            assertThat(r[4]).isNotBlank();
        });
        // after the bad records the rest of each file was stored
        CatalogueStore store = new CatalogueStore(gw.gateway().database());
        assertThat(store.find("noid-2")).isPresent();
        assertThat(store.find("UkOxUb10768856")).isPresent(); // the first record of the malformed file
        // a directory: the three MARCXML files (MARC 21)
        assertThat(store.find("in00006816706")).hasValueSatisfying(b -> assertThat(b.flavour()).isEqualTo("MARC21"));
        assertThat(store.find("11939876")).isPresent();
        assertThat(store.find("12883376")).isPresent();
    }

    @Test
    void storedRecordInEveryFormat() throws Exception {
        JsonNode s = getJson("/api/catalogue/records/" + enc(ASIMOV_ID), 200);
        assertThat(s.get("id").asText()).isEqualTo(ASIMOV_ID);
        assertThat(s.get("title").asText()).isEqualTo("L'altra faccia della spirale");
        assertThat(s.get("flavour").asText()).isEqualTo("UNIMARC");
        assertThat(s.get("source").asText()).isEqualTo("import");

        HttpResponse<String> xml = gw.get("/api/catalogue/records/" + enc(ASIMOV_ID) + "?format=marcxml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("tag=\"200\"").contains("faccia della spirale");

        JsonNode m21 = getJson("/api/catalogue/records/" + enc(ASIMOV_ID) + "?format=marc21", 200);
        assertThat(m21.toString()).contains("\"245\"").contains("Asimov");
        JsonNode uni = getJson("/api/catalogue/records/" + enc(ASIMOV_ID) + "?format=unimarc", 200);
        assertThat(uni.toString()).contains("\"200\"").doesNotContain("\"245\"");

        HttpResponse<String> missing = gw.get("/api/catalogue/records/nosuchrecord");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void withoutAnSruCatalogueSearchUsesTheLocalStoreAndSaysSo() throws Exception {
        JsonNode r = getJson("/api/catalogue/search?title=spirale", 200);
        assertThat(r.get("source").asText()).isEqualTo("local");
        assertThat(r.get("note").asText()).contains("gateway.catalogue.sru.url");
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("records").get(0).get("id").asText()).isEqualTo(ASIMOV_ID);

        JsonNode byAuthor = getJson("/api/catalogue/search?author=austen&limit=3", 200);
        assertThat(byAuthor.get("total").asInt()).isGreaterThan(3);
        assertThat(byAuthor.get("records")).hasSize(3);

        JsonNode m21 = getJson("/api/catalogue/search?q=spirale&format=marc21", 200);
        assertThat(m21.get("records").get(0).toString()).contains("\"245\"");
        // LIKE wildcards in user text are literal
        assertThat(getJson("/api/catalogue/search?title=%25", 200).get("total").asInt()).isZero();
    }

    @Test
    void uploadImportAnswersPerRecordErrorsAndWarnings() throws Exception {
        HttpResponse<String> r = upload("broken.mrc", brokenFile());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.get("read").asLong()).isEqualTo(3);
        assertThat(a.get("stored").asLong()).isEqualTo(2);
        assertThat(a.get("rejected").asLong()).isEqualTo(1);
        JsonNode x = a.get("rejections").get(0);
        assertThat(x.get("file").asText()).isEqualTo("broken.mrc");
        assertThat(x.get("position").asLong()).isEqualTo(2);
        assertThat(x.get("reason").asText()).isNotBlank();

        byte[] many = Files.readAllBytes(TestData.marc("malformed/pride-and-prejudice-with-many-errors.mrc"));
        HttpResponse<String> r2 = upload(null, many);
        assertThat(r2.statusCode()).as(r2.body()).isEqualTo(200);
        JsonNode b = JSON.readTree(r2.body());
        assertThat(b.get("read").asLong()).isEqualTo(b.get("stored").asLong() + b.get("rejected").asLong());
        assertThat(b.get("stored").asLong()).isGreaterThan(300);
        assertThat(b.get("warnings").asLong()).isPositive();
        assertThat(b.get("warned")).hasSize(b.get("warnings").asInt());
        assertThat(b.get("warned").get(0).get("position").asLong()).isPositive();
        assertThat(b.get("warned").toString()).contains("declares UTF-8 but the bytes are not valid UTF-8");
    }

    private static HttpResponse<String> upload(String name, byte[] body) throws Exception {
        return gw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gw.gateway().httpPort()
                        + "/api/catalogue/import" + (name == null ? "" : "?name=" + enc(name))))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void sip2ItemInformationShowsTheLinkedRecordsTitle() throws Exception {
        HttpResponse<String> created = gw.post("/api/items", JSON.writeValueAsString(Map.of(
                "id", "RI9101", "library", "RI", "unit", "RI-RIB", "bibId", ASIMOV_ID, "title", "placeholder title")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("bibId").asText()).isEqualTo(ASIMOV_ID);

        try (TestClient c = TestClient.connect(gw.gateway().sip2Port(), StandardCharsets.UTF_8)) {
            c.socket().setSoTimeout(15_000);
            assertThat(c.call("9300CNsc-ri|COdemo|CPdesk|")).startsWith("941");
            String now = LocalDateTime.now(ZoneId.of("Europe/Ljubljana")).format(DateTimeFormatter.ofPattern("yyyyMMdd'    'HHmmss"));
            String info = c.call("17" + now + "AORI|ABRI9101|");
            assertThat(info).startsWith("18");
            Matcher m = Pattern.compile("\\|AJ([^|]*)").matcher(info);
            assertThat(m.find()).as(info).isTrue();
            assertThat(m.group(1)).isEqualTo("L'altra faccia della spirale");
        }
    }
}
