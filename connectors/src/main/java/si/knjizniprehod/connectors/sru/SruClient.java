package si.knjizniprehod.connectors.sru;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SRU client for one union catalogue: searchRetrieve (CQL, paging), explain, and holdings lookup, with
 * timeouts, bounded retries with exponential backoff, a circuit breaker and a short-lived result cache.
 *
 * <pre>{@code
 * SruClient sru = SruClient.fromProperties(props);            // gateway.catalogue.* keys
 * SearchResult page = sru.search(sru.cql().where("title", userText).build(), 1, 10);
 * for (SruRecord r : page.records()) { r.marc(); r.rawXml(); }
 * sru.stream(cql).forEach(...);                               // every hit, page by page
 * List<Holding> h = sru.holdings(page.records().get(0));
 * }</pre>
 *
 * Thread-safe; create one per catalogue and share it. Cached answers are shared between callers: treat the
 * returned Marc4J records as read-only (copy before changing them).
 */
public final class SruClient {

    private static final Logger LOG = LoggerFactory.getLogger(SruClient.class);

    private final CatalogueConfig config;
    private final HttpClient http;
    private final RetryPolicy retry;
    private final CircuitBreaker breaker;
    private final TtlCache<String, Object> cache;
    private final HoldingsExtractor holdingsExtractor;
    private final String authHeader;

    public SruClient(CatalogueConfig config) {
        this(config, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    /** With a caller-supplied HttpClient (its own connect timeout and proxy settings then apply). */
    public SruClient(CatalogueConfig config, HttpClient http) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = Objects.requireNonNull(http, "http");
        this.retry = RetryPolicy.from(config);
        this.breaker = new CircuitBreaker(config.failureThreshold(), config.openDuration());
        this.cache = new TtlCache<>(config.cacheTtl(), config.cacheMaxEntries());
        this.holdingsExtractor = new HoldingsExtractor(config);
        this.authHeader = config.username()
                .map(u -> "Basic " + Base64.getEncoder().encodeToString(
                        (u + ":" + config.password().orElse("")).getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
    }

    /** Builds config and client from {@code gateway.catalogue.*} properties. */
    public static SruClient fromProperties(Map<String, String> properties) {
        return new SruClient(CatalogueConfig.fromProperties(properties));
    }

    public CatalogueConfig config() {
        return config;
    }

    /** A CQL builder using this catalogue's index names; user input always ends up as literal terms. */
    public CqlBuilder cql() {
        return CqlBuilder.using(config);
    }

    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }

    /** Drops every cached result. */
    public void clearCache() {
        cache.clear();
    }

    // ---- searchRetrieve ---------------------------------------------------------------------------------

    /** First page (configured page size) of a CQL query. */
    public SearchResult search(String cql) {
        return search(SearchRequest.of(cql, 1, config.pageSize()));
    }

    public SearchResult search(String cql, int startRecord, int maximumRecords) {
        return search(SearchRequest.of(cql, startRecord, maximumRecords));
    }

    /** One searchRetrieve request. */
    public SearchResult search(SearchRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("operation", "searchRetrieve");
        params.put("version", config.version().value());
        params.put("query", request.query());
        params.put("startRecord", Integer.toString(request.startRecord()));
        params.put("maximumRecords", Integer.toString(request.maximumRecords()));
        params.put("recordSchema", request.recordSchema() != null ? request.recordSchema() : config.recordSchema());
        params.put(config.version().isTwo() ? "recordXMLEscaping" : "recordPacking", "xml");
        URI uri = uri(params);
        String key = "S " + uri;
        Object cached = cache.get(key);
        if (cached instanceof SearchResult sr) {
            LOG.debug("SRU cache hit {}", uri);
            return sr;
        }
        SearchResult result = SruResponseParser.parseSearchRetrieve(fetch(uri, true), request.startRecord());
        cache.put(key, result);
        return result;
    }

    /** Number of hits only (maximumRecords=0). */
    public int count(String cql) {
        return search(cql, 1, 0).numberOfRecords();
    }

    /**
     * Every record of a query, fetched page by page (configured page size) as the iterator advances. Uses the
     * server's nextRecordPosition, or start + returned records when the server sends none (Zebra, YAZ).
     * Stops after {@code gateway.catalogue.sru.max-iterated-records}.
     */
    public Iterator<SruRecord> iterate(String cql) {
        return new PagingIterator(cql, config.pageSize(), config.maxIteratedRecords());
    }

    /** {@link #iterate(String)} with an explicit page size. */
    public Iterator<SruRecord> iterate(String cql, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more");
        }
        return new PagingIterator(cql, pageSize, config.maxIteratedRecords());
    }

    /** {@link #iterate(String)} as a sequential stream. */
    public Stream<SruRecord> stream(String cql) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterate(cql),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class PagingIterator implements Iterator<SruRecord> {
        private final String cql;
        private final int pageSize;
        private final int limit;
        private final ArrayDeque<SruRecord> buffer = new ArrayDeque<>();
        private int nextStart = 1;
        private int delivered;
        private boolean exhausted;

        PagingIterator(String cql, int pageSize, int limit) {
            this.cql = cql;
            this.pageSize = pageSize;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && !exhausted && delivered < limit) {
                SearchResult page = search(cql, nextStart, Math.min(pageSize, limit - delivered));
                buffer.addAll(page.records());
                OptionalInt next = page.nextStart();
                if (next.isEmpty() || next.getAsInt() <= nextStart) {
                    exhausted = true; // last page, or a server that does not advance: stop, never loop
                } else {
                    nextStart = next.getAsInt();
                }
            }
            return !buffer.isEmpty() && delivered < limit;
        }

        @Override
        public SruRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            delivered++;
            return buffer.poll();
        }
    }

    // ---- explain ----------------------------------------------------------------------------------------

    /** The server's explain record. */
    public ExplainInfo explain() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("operation", "explain");
        params.put("version", config.version().value());
        params.put(config.version().isTwo() ? "recordXMLEscaping" : "recordPacking", "xml");
        URI uri = uri(params);
        String key = "E " + uri;
        Object cached = cache.get(key);
        if (cached instanceof ExplainInfo ei) {
            return ei;
        }
        ExplainInfo info = SruResponseParser.parseExplain(fetch(uri, false));
        cache.put(key, info);
        return info;
    }

    // ---- holdings ---------------------------------------------------------------------------------------

    /**
     * Which libraries hold the title of this record and how many copies: from the record's own local fields
     * (MARC 21 852 / UNIMARC 996-style), or, with {@code gateway.catalogue.holdings.source=schema}, from the
     * configured holdings schema fetched by the record's control number.
     */
    public List<Holding> holdings(SruRecord record) {
        if (config.holdingsSource() == CatalogueConfig.HoldingsSource.SCHEMA) {
            String id = record.controlNumber().orElseThrow(() ->
                    new IllegalArgumentException("record has no control number (001) to look holdings up by"));
            return holdingsById(id);
        }
        return holdingsExtractor.fromSchemaRecord(record, config.recordFormat());
    }

    /** Holdings for a record id (searched with the configured {@code id} index). */
    public List<Holding> holdingsById(String recordId) {
        String cql = cql().where("id", recordId).build();
        boolean viaSchema = config.holdingsSource() == CatalogueConfig.HoldingsSource.SCHEMA;
        SearchRequest req = SearchRequest.of(cql, 1, 1);
        if (viaSchema) {
            req = req.withSchema(config.holdingsSchema());
        }
        SearchResult r = search(req);
        if (r.records().isEmpty()) {
            return List.of();
        }
        return holdingsExtractor.fromSchemaRecord(r.records().get(0), config.recordFormat());
    }

    /** The extractor this client uses (for records obtained elsewhere, e.g. a bulk import). */
    public HoldingsExtractor holdingsExtractor() {
        return holdingsExtractor;
    }

    // ---- HTTP with retry and circuit breaker --------------------------------------------------------------

    private URI uri(Map<String, String> params) {
        String base = config.url().toString();
        StringBuilder sb = new StringBuilder(base);
        sb.append(base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?");
        boolean first = true;
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!first) {
                sb.append('&');
            }
            first = false;
            sb.append(enc(e.getKey())).append('=').append(enc(e.getValue()));
        }
        return URI.create(sb.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] fetch(URI uri, boolean searchRequest) {
        int attempts = 0;
        while (true) {
            if (!breaker.tryAcquire()) {
                throw new CircuitOpenException(config.url().toString(), breaker.remainingOpen(),
                        breaker.lastFailure());
            }
            attempts++;
            try {
                byte[] body = exchange(uri, searchRequest);
                breaker.onSuccess();
                return body;
            } catch (SruException e) {
                if (Thread.currentThread().isInterrupted()) {
                    breaker.onIgnored(); // says nothing about the server
                    throw e;
                }
                if (e.isRetriable()) {
                    breaker.onFailure(e);
                } else {
                    breaker.onSuccess(); // the server answered; the request itself was the problem
                }
                if (!retry.shouldRetry(e, attempts)) {
                    throw e;
                }
                Duration wait = retry.backoff(attempts);
                LOG.warn("SRU request to {} failed (attempt {} of {}): {}; retrying in {} ms", config.url(),
                        attempts, retry.maxRetries() + 1, e.getMessage(), wait.toMillis());
                sleep(wait);
            } catch (RuntimeException e) {
                breaker.onIgnored();
                throw e;
            }
        }
    }

    private byte[] exchange(URI uri, boolean searchRequest) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.readTimeout())
                .header("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1")
                .header("User-Agent", "knjizni-prehod-gateway/sru");
        if (authHeader != null) {
            b.header("Authorization", authHeader);
        }
        HttpResponse<byte[]> resp;
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(b.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long budgetMs = config.readTimeout().toMillis() + config.connectTimeout().toMillis();
        try {
            // request timeout covers the wait for headers; this bounds the body as well
            resp = future.get(budgetMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new SruTimeoutException("no complete answer from " + config.url() + " within "
                    + budgetMs + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SruException("interrupted while waiting for " + config.url(), e);
        } catch (ExecutionException e) {
            throw transportError(e.getCause());
        }
        int status = resp.statusCode();
        byte[] body = resp.body() == null ? new byte[0] : resp.body();
        if (status >= 200 && status < 300) {
            return body;
        }
        // Some servers send SRU diagnostics with an HTTP error status: surface those as diagnostics.
        if (looksLikeXml(body)) {
            try {
                if (searchRequest) {
                    SruResponseParser.parseSearchRetrieve(body, 1);
                } else {
                    SruResponseParser.parseExplain(body);
                }
            } catch (SruDiagnosticException d) {
                throw d;
            } catch (SruException ignored) {
                // not SRU: fall through to the HTTP error
            }
        }
        String hint = switch (status) {
            case 401, 403 -> " (check " + CatalogueConfig.USERNAME + " / " + CatalogueConfig.PASSWORD + ")";
            case 404 -> " (check the database path in " + CatalogueConfig.URL + ")";
            default -> "";
        };
        throw new SruHttpException(status, "HTTP " + status + " from " + config.url() + hint + ": "
                + SruResponseParser.snippet(body));
    }

    private SruException transportError(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new SruTimeoutException("connect to " + config.url() + " timed out after "
                    + config.connectTimeout().toMillis() + " ms", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new SruTimeoutException("no answer from " + config.url() + " within "
                    + config.readTimeout().toMillis() + " ms", cause);
        }
        if (cause instanceof ConnectException) {
            return new SruTransportException("cannot connect to " + config.url() + ": " + cause, cause);
        }
        if (cause instanceof IOException) {
            return new SruTransportException("I/O error talking to " + config.url() + ": " + cause, cause);
        }
        return new SruTransportException("request to " + config.url() + " failed: " + cause, cause);
    }

    private static boolean looksLikeXml(byte[] body) {
        for (byte c : body) {
            if (c == '<') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != (byte) 0xEF && c != (byte) 0xBB && c != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SruException("interrupted during retry backoff", e);
        }
    }
}
