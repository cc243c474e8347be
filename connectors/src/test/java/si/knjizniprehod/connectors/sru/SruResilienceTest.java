package si.knjizniprehod.connectors.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.connectors.sru.testing.ExternalProgram;

/**
 * Retries, circuit breaker, timeouts, cache and basic auth against a real local HTTP server that misbehaves
 * on purpose (com.sun.net.httpserver on loopback). The SRU answers themselves are real protocol XML.
 */
class SruResilienceTest {

    static final String OK_BODY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.2</zs:version>
            <zs:numberOfRecords>1</zs:numberOfRecords><zs:records><zs:record>
            <zs:recordSchema>info:srw/schema/1/marcxml-v1.1</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking>
            <zs:recordData><record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>
            <controlfield tag="001">123</controlfield>
            <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Poezije</subfield></datafield>
            </record></zs:recordData><zs:recordPosition>1</zs:recordPosition></zs:record></zs:records>
            </zs:searchRetrieveResponse>""";

    static final String DIAG_BODY = """
            <?xml version="1.0"?>
            <zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.2</zs:version>
            <zs:numberOfRecords>0</zs:numberOfRecords><zs:diagnostics>
            <diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/"><uri>info:srw/diagnostic/1/10</uri>
            <details>near (</details><message>Query syntax error</message></diagnostic></zs:diagnostics>
            </zs:searchRetrieveResponse>""";

    /** One scripted answer: status, body, delay before headers, delay in the middle of the body. */
    record Reply(int status, String body, long delayMs, long stallBodyMs) {
        static Reply ok() {
            return new Reply(200, OK_BODY, 0, 0);
        }

        static Reply status(int s) {
            return new Reply(s, "<html><body>error " + s + "</body></html>", 0, 0);
        }
    }

    private HttpServer server;
    private ExecutorService pool;
    private final Deque<Reply> script = new ArrayDeque<>();
    private volatile Reply fallback = Reply.ok();
    private final AtomicInteger requests = new AtomicInteger();
    private final CopyOnWriteArrayList<String> authHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        authHeaders.add(auth == null ? "" : auth);
        Reply r;
        synchronized (script) {
            r = script.isEmpty() ? fallback : script.poll();
        }
        try {
            if (r.delayMs() > 0) {
                Thread.sleep(r.delayMs());
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            ex.sendResponseHeaders(r.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                if (r.stallBodyMs() > 0) {
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    Thread.sleep(r.stallBodyMs());
                    out.write(body, body.length / 2, body.length - body.length / 2);
                } else {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client gave up (timeout test): fine
        } finally {
            ex.close();
        }
    }

    private void script(Reply... replies) {
        synchronized (script) {
            script.addAll(java.util.List.of(replies));
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/Default";
    }

    private SruClient client(String... kv) {
        Map<String, String> p = new HashMap<>();
        p.put(CatalogueConfig.URL, url());
        p.put(CatalogueConfig.RETRY_BACKOFF, "10ms");
        p.put(CatalogueConfig.RETRY_MAX_BACKOFF, "40ms");
        p.put(CatalogueConfig.CACHE_TTL, "0");
        for (int i = 0; i + 1 < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return SruClient.fromProperties(p);
    }

    // ---- retries --------------------------------------------------------------------------------------

    @Test
    void retriesServerErrorsThenSucceeds() {
        script(Reply.status(503), Reply.status(500));
        SruClient sru = client(CatalogueConfig.RETRY_MAX, "2");
        SearchResult r = sru.search("dc.title=x", 1, 1);
        assertThat(r.records()).hasSize(1);
        assertThat(r.records().get(0).controlNumber()).contains("123");
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void retriesAreBounded() {
        fallback = Reply.status(502);
        SruClient sru = client(CatalogueConfig.RETRY_MAX, "2", CatalogueConfig.CB_THRESHOLD, "0");
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1))
                .isInstanceOfSatisfying(SruHttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.isRetriable()).isTrue();
                });
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void clientErrorsAreNotRetried() {
        fallback = Reply.status(404);
        SruClient sru = client(CatalogueConfig.RETRY_MAX, "3");
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(SruHttpException.class);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void diagnosticsAreNotRetriedEvenWithAnErrorStatus() {
        script(new Reply(200, DIAG_BODY, 0, 0), new Reply(500, DIAG_BODY, 0, 0));
        SruClient sru = client(CatalogueConfig.RETRY_MAX, "3");
        assertThatThrownBy(() -> sru.search("dc.title=(", 1, 1))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
                    assertThat(e.code()).isEqualTo(10);
                    assertThat(e.details()).isEqualTo("near (");
                });
        assertThat(requests.get()).isEqualTo(1);
        assertThatThrownBy(() -> sru.search("dc.title=(", 1, 1)).isInstanceOf(SruDiagnosticException.class);
        assertThat(requests.get()).isEqualTo(2);
        assertThat(sru.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void malformedAnswerIsAResponseErrorNotRetried() {
        script(new Reply(200, "<html>proxy says hello", 0, 0));
        SruClient sru = client(CatalogueConfig.RETRY_MAX, "3");
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(SruResponseException.class)
                .hasMessageContaining("proxy says hello");
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void connectionRefusedIsATransportErrorAndRetried() {
        int deadPort = ExternalProgram.freePort();
        Map<String, String> p = new HashMap<>();
        p.put(CatalogueConfig.URL, "http://127.0.0.1:" + deadPort + "/Default");
        p.put(CatalogueConfig.RETRY_MAX, "2");
        p.put(CatalogueConfig.RETRY_BACKOFF, "10ms");
        SruClient sru = SruClient.fromProperties(p);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1))
                .isInstanceOf(SruTransportException.class)
                .hasMessageContaining("cannot connect");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3000);
    }

    // ---- circuit breaker ------------------------------------------------------------------------------

    @Test
    void circuitOpensAfterFailuresAndRecoversThroughHalfOpen() throws InterruptedException {
        fallback = Reply.status(503);
        SruClient sru = client(CatalogueConfig.RETRY_MAX, "0", CatalogueConfig.CB_THRESHOLD, "3",
                CatalogueConfig.CB_OPEN, "300ms");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(SruHttpException.class);
        }
        assertThat(sru.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1))
                .isInstanceOfSatisfying(CircuitOpenException.class,
                        e -> assertThat(e.getCause()).isInstanceOf(SruHttpException.class));
        assertThat(requests.get()).as("no request while open").isEqualTo(3);

        Thread.sleep(350);
        assertThat(sru.circuitState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        // the trial fails: open again at once
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(SruHttpException.class);
        assertThat(requests.get()).isEqualTo(4);
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(CircuitOpenException.class);

        Thread.sleep(350);
        fallback = Reply.ok();
        assertThat(sru.search("dc.title=x", 1, 1).records()).hasSize(1);
        assertThat(sru.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(sru.search("dc.title=y", 1, 1).records()).hasSize(1);
    }

    @Test
    void retriesStopWhenTheCircuitOpens() {
        fallback = Reply.status(500);
        SruClient sru = client(CatalogueConfig.RETRY_MAX, "5", CatalogueConfig.CB_THRESHOLD, "2",
                CatalogueConfig.CB_OPEN, "10s");
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(CircuitOpenException.class);
        assertThat(requests.get()).isEqualTo(2);
    }

    // ---- timeouts -------------------------------------------------------------------------------------

    @Test
    void serverThatNeverAnswersTimesOut() {
        fallback = new Reply(200, OK_BODY, 5000, 0);
        SruClient sru = client(CatalogueConfig.READ_TIMEOUT, "300ms", CatalogueConfig.RETRY_MAX, "1");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1))
                .isInstanceOfSatisfying(SruTimeoutException.class, e -> assertThat(e.isRetriable()).isTrue());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isBetween(550L, 3000L); // two attempts of ~300 ms each, then give up
        assertThat(requests.get()).isEqualTo(2);
    }

    @Test
    void serverThatStallsInTheMiddleOfTheBodyTimesOut() {
        fallback = new Reply(200, OK_BODY, 0, 5000);
        SruClient sru = client(CatalogueConfig.READ_TIMEOUT, "300ms", CatalogueConfig.CONNECT_TIMEOUT, "200ms",
                CatalogueConfig.RETRY_MAX, "0");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(SruTimeoutException.class);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2500);
    }

    @Test
    void slowButInTimeIsFine() {
        script(new Reply(200, OK_BODY, 100, 0));
        SruClient sru = client(CatalogueConfig.READ_TIMEOUT, "2s");
        assertThat(sru.search("dc.title=x", 1, 1).records()).hasSize(1);
    }

    // ---- cache ----------------------------------------------------------------------------------------

    @Test
    void cacheServesRepeatsUntilTtlExpires() throws InterruptedException {
        SruClient sru = client(CatalogueConfig.CACHE_TTL, "300ms", CatalogueConfig.CACHE_MAX, "10");
        SearchResult a = sru.search("dc.title=x", 1, 1);
        SearchResult b = sru.search("dc.title=x", 1, 1);
        assertThat(b).isSameAs(a);
        assertThat(requests.get()).isEqualTo(1);
        sru.search("dc.title=x", 2, 1); // another page is another request
        assertThat(requests.get()).isEqualTo(2);
        Thread.sleep(350);
        sru.search("dc.title=x", 1, 1);
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void errorsAreNotCached() {
        script(Reply.status(404));
        SruClient sru = client(CatalogueConfig.CACHE_TTL, "60s");
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1)).isInstanceOf(SruHttpException.class);
        assertThat(sru.search("dc.title=x", 1, 1).records()).hasSize(1);
        assertThat(requests.get()).isEqualTo(2);
    }

    // ---- credentials ----------------------------------------------------------------------------------

    @Test
    void basicAuthIsSentWhenConfigured() {
        SruClient sru = client(CatalogueConfig.USERNAME, "kp", CatalogueConfig.PASSWORD, "skrivnost");
        sru.search("dc.title=x", 1, 1);
        assertThat(authHeaders).containsExactly("Basic a3A6c2tyaXZub3N0"); // kp:skrivnost
        assertThat(sru.config().toString()).doesNotContain("skrivnost");
    }

    @Test
    void authenticationFailureNamesTheSettings() {
        fallback = Reply.status(401);
        SruClient sru = client();
        assertThatThrownBy(() -> sru.search("dc.title=x", 1, 1))
                .isInstanceOfSatisfying(SruHttpException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains(CatalogueConfig.USERNAME);
                });
        assertThat(authHeaders).containsExactly("");
    }
}
