package si.knjizniprehod.connectors.sru;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of one union catalogue reached over SRU, built from {@code gateway.catalogue.*} properties.
 *
 * <p>Only {@code gateway.catalogue.sru.url} is required; every other key has a default that works against
 * a server speaking CQL's {@code dc} context set (Zebra, most Index Data based servers). Every key is listed
 * in {@code docs/sru.md}. Unknown keys under the prefix are ignored so that other modules may keep their own
 * {@code gateway.catalogue.*} settings next to these.
 */
public final class CatalogueConfig {

    public static final String PREFIX = "gateway.catalogue.";

    public static final String URL = PREFIX + "sru.url";
    public static final String VERSION = PREFIX + "sru.version";
    public static final String RECORD_SCHEMA = PREFIX + "sru.record-schema";
    public static final String RECORD_FORMAT = PREFIX + "sru.record-format";
    public static final String PAGE_SIZE = PREFIX + "sru.page-size";
    public static final String MAX_ITERATED_RECORDS = PREFIX + "sru.max-iterated-records";
    public static final String USERNAME = PREFIX + "sru.username";
    public static final String PASSWORD = PREFIX + "sru.password";
    public static final String CONNECT_TIMEOUT = PREFIX + "sru.connect-timeout";
    public static final String READ_TIMEOUT = PREFIX + "sru.read-timeout";
    public static final String RETRY_MAX = PREFIX + "retry.max-retries";
    public static final String RETRY_BACKOFF = PREFIX + "retry.initial-backoff";
    public static final String RETRY_MAX_BACKOFF = PREFIX + "retry.max-backoff";
    public static final String RETRY_MULTIPLIER = PREFIX + "retry.multiplier";
    public static final String CB_THRESHOLD = PREFIX + "circuit-breaker.failure-threshold";
    public static final String CB_OPEN = PREFIX + "circuit-breaker.open-duration";
    public static final String CACHE_TTL = PREFIX + "cache.ttl";
    public static final String CACHE_MAX = PREFIX + "cache.max-entries";
    public static final String INDEX_PREFIX = PREFIX + "index.";
    public static final String HOLDINGS_SOURCE = PREFIX + "holdings.source";
    public static final String HOLDINGS_SCHEMA = PREFIX + "holdings.schema";
    public static final String HOLDINGS_MARC21 = PREFIX + "holdings.marc21.";
    public static final String HOLDINGS_UNIMARC = PREFIX + "holdings.unimarc.";

    /** Default logical search fields and the CQL index each one maps to ({@code dc} context set). */
    public static final Map<String, String> DEFAULT_INDEXES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "dc.title");
        m.put("author", "dc.creator");
        m.put("isbn", "dc.identifier");
        m.put("issn", "dc.identifier");
        m.put("id", "rec.id");
        m.put("any", "cql.serverChoice");
        m.put("subject", "dc.subject");
        m.put("publisher", "dc.publisher");
        m.put("year", "dc.date");
        m.put("language", "dc.language");
        DEFAULT_INDEXES = Collections.unmodifiableMap(m);
    }

    /** Where holdings come from. */
    public enum HoldingsSource {
        /** Local holdings fields (MARC 21 852, UNIMARC 996-style) inside the bibliographic record. */
        RECORD,
        /** A separate SRU record schema (e.g. YAZ {@code opacxml}) fetched by record id. */
        SCHEMA
    }

    /** Which local field holds copies, and which subfields carry library, call number and copy id. */
    public record HoldingsFieldSpec(String tag, String librarySubfields, String callNumberSubfields,
                                    String copySubfield) {
        public HoldingsFieldSpec {
            if (tag == null || !tag.matches("\\d{3}")) {
                throw new IllegalArgumentException("holdings tag must be three digits, got " + tag);
            }
            librarySubfields = librarySubfields == null ? "" : librarySubfields;
            callNumberSubfields = callNumberSubfields == null ? "" : callNumberSubfields;
            copySubfield = copySubfield == null ? "" : copySubfield;
        }
    }

    private final URI url;
    private final SruVersion version;
    private final String recordSchema;
    private final MarcFlavour recordFormat;
    private final int pageSize;
    private final int maxIteratedRecords;
    private final String username;
    private final String password;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double backoffMultiplier;
    private final int failureThreshold;
    private final Duration openDuration;
    private final Duration cacheTtl;
    private final int cacheMaxEntries;
    private final Map<String, String> indexes;
    private final HoldingsSource holdingsSource;
    private final String holdingsSchema;
    private final HoldingsFieldSpec marc21Holdings;
    private final HoldingsFieldSpec unimarcHoldings;

    private CatalogueConfig(Map<String, String> p) {
        String u = trimToNull(p.get(URL));
        if (u == null) {
            throw new IllegalArgumentException(URL + " is required (base URL of the SRU server including the "
                    + "database path, e.g. http://127.0.0.1:9999/Default)");
        }
        try {
            this.url = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(URL + " is not a valid URL: " + u, e);
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new IllegalArgumentException(URL + " must be an http or https URL, got " + u);
        }
        this.version = SruVersion.parse(get(p, VERSION, "1.2"), VERSION);
        this.recordSchema = get(p, RECORD_SCHEMA, "marcxml");
        String fmt = get(p, RECORD_FORMAT, "auto").toLowerCase(Locale.ROOT);
        this.recordFormat = switch (fmt) {
            case "auto" -> recordSchema.toLowerCase(Locale.ROOT).contains("unimarc") ? MarcFlavour.UNIMARC
                    : MarcFlavour.MARC21;
            case "marc21" -> MarcFlavour.MARC21;
            case "unimarc" -> MarcFlavour.UNIMARC;
            default -> throw new IllegalArgumentException(RECORD_FORMAT + " must be auto, marc21 or unimarc, got "
                    + fmt);
        };
        this.pageSize = intValue(p, PAGE_SIZE, 20, 1, 1000);
        this.maxIteratedRecords = intValue(p, MAX_ITERATED_RECORDS, 10_000, 1, Integer.MAX_VALUE);
        this.username = trimToNull(p.get(USERNAME));
        this.password = p.get(PASSWORD);
        this.connectTimeout = duration(p, CONNECT_TIMEOUT, Duration.ofSeconds(5), true);
        this.readTimeout = duration(p, READ_TIMEOUT, Duration.ofSeconds(15), true);
        this.maxRetries = intValue(p, RETRY_MAX, 2, 0, 10);
        this.initialBackoff = duration(p, RETRY_BACKOFF, Duration.ofMillis(200), false);
        this.maxBackoff = duration(p, RETRY_MAX_BACKOFF, Duration.ofSeconds(2), false);
        this.backoffMultiplier = doubleValue(p, RETRY_MULTIPLIER, 2.0, 1.0, 10.0);
        this.failureThreshold = intValue(p, CB_THRESHOLD, 5, 0, 10_000);
        this.openDuration = duration(p, CB_OPEN, Duration.ofSeconds(30), false);
        this.cacheTtl = duration(p, CACHE_TTL, Duration.ofSeconds(60), false);
        this.cacheMaxEntries = intValue(p, CACHE_MAX, 500, 0, 1_000_000);

        Map<String, String> idx = new LinkedHashMap<>(DEFAULT_INDEXES);
        for (Map.Entry<String, String> e : p.entrySet()) {
            if (e.getKey().startsWith(INDEX_PREFIX)) {
                String field = e.getKey().substring(INDEX_PREFIX.length()).trim().toLowerCase(Locale.ROOT);
                String index = trimToNull(e.getValue());
                if (field.isEmpty()) {
                    continue;
                }
                if (index == null) {
                    idx.remove(field); // an empty value switches a field off
                } else {
                    CqlBuilder.checkIndex(index, e.getKey());
                    idx.put(field, index);
                }
            }
        }
        this.indexes = Collections.unmodifiableMap(idx);

        String src = get(p, HOLDINGS_SOURCE, "record").toLowerCase(Locale.ROOT);
        this.holdingsSource = switch (src) {
            case "record" -> HoldingsSource.RECORD;
            case "schema" -> HoldingsSource.SCHEMA;
            default -> throw new IllegalArgumentException(HOLDINGS_SOURCE + " must be record or schema, got " + src);
        };
        this.holdingsSchema = get(p, HOLDINGS_SCHEMA, "opacxml");
        this.marc21Holdings = new HoldingsFieldSpec(
                get(p, HOLDINGS_MARC21 + "tag", "852"),
                get(p, HOLDINGS_MARC21 + "library-subfields", "ab"),
                get(p, HOLDINGS_MARC21 + "call-number-subfields", "khim"),
                get(p, HOLDINGS_MARC21 + "copy-subfield", "t"));
        this.unimarcHoldings = new HoldingsFieldSpec(
                get(p, HOLDINGS_UNIMARC + "tag", "996"),
                get(p, HOLDINGS_UNIMARC + "library-subfields", "5"),
                get(p, HOLDINGS_UNIMARC + "call-number-subfields", "d"),
                get(p, HOLDINGS_UNIMARC + "copy-subfield", "f"));
    }

    /** Builds the configuration from {@code gateway.catalogue.*} properties (other keys are ignored). */
    public static CatalogueConfig fromProperties(Map<String, String> properties) {
        Objects.requireNonNull(properties, "properties");
        return new CatalogueConfig(properties);
    }

    /** Configuration with every default and the given base URL. */
    public static CatalogueConfig forUrl(String sruUrl) {
        return fromProperties(Map.of(URL, sruUrl));
    }

    public URI url() { return url; }
    public SruVersion version() { return version; }
    public String recordSchema() { return recordSchema; }
    /** MARC flavour of the records the configured schema returns (decides 852 vs 996 holdings). */
    public MarcFlavour recordFormat() { return recordFormat; }
    public int pageSize() { return pageSize; }
    public int maxIteratedRecords() { return maxIteratedRecords; }
    public Optional<String> username() { return Optional.ofNullable(username); }
    /** Password for basic auth; never logged, not part of {@link #toString()}. */
    public Optional<String> password() { return Optional.ofNullable(password); }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration readTimeout() { return readTimeout; }
    public int maxRetries() { return maxRetries; }
    public Duration initialBackoff() { return initialBackoff; }
    public Duration maxBackoff() { return maxBackoff; }
    public double backoffMultiplier() { return backoffMultiplier; }
    /** Consecutive failures that open the circuit; 0 disables the breaker. */
    public int failureThreshold() { return failureThreshold; }
    public Duration openDuration() { return openDuration; }
    /** Result cache time to live; zero disables the cache. */
    public Duration cacheTtl() { return cacheTtl; }
    public int cacheMaxEntries() { return cacheMaxEntries; }
    /** Logical field name (lower case) to CQL index. */
    public Map<String, String> indexes() { return indexes; }
    public HoldingsSource holdingsSource() { return holdingsSource; }
    public String holdingsSchema() { return holdingsSchema; }
    public HoldingsFieldSpec marc21Holdings() { return marc21Holdings; }
    public HoldingsFieldSpec unimarcHoldings() { return unimarcHoldings; }

    /** The CQL index configured for a logical field such as {@code title}. */
    public String index(String field) {
        String idx = indexes.get(field.toLowerCase(Locale.ROOT));
        if (idx == null) {
            throw new IllegalArgumentException("no CQL index configured for search field '" + field
                    + "' (set " + INDEX_PREFIX + field + "); known fields: " + new ArrayList<>(indexes.keySet()));
        }
        return idx;
    }

    @Override
    public String toString() {
        return "CatalogueConfig[url=" + url + ", version=" + version.value() + ", schema=" + recordSchema
                + ", format=" + recordFormat + ", pageSize=" + pageSize + ", user=" + (username == null ? "-" : username)
                + ", password=" + (password == null ? "-" : "***") + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", retries=" + maxRetries + ", backoff=" + initialBackoff
                + ".." + maxBackoff + " x" + backoffMultiplier + ", breaker=" + failureThreshold + "/" + openDuration
                + ", cache=" + cacheTtl + "/" + cacheMaxEntries + ", indexes=" + indexes
                + ", holdings=" + holdingsSource + "]";
    }

    // ---- parsing helpers -------------------------------------------------------------------------------

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    private static String get(Map<String, String> p, String key, String def) {
        String v = trimToNull(p.get(key));
        return v == null ? def : v;
    }

    private static int intValue(Map<String, String> p, String key, int def, int min, int max) {
        String v = trimToNull(p.get(key));
        if (v == null) {
            return def;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", got " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'", e);
        }
    }

    private static double doubleValue(Map<String, String> p, String key, double def, double min, double max) {
        String v = trimToNull(p.get(key));
        if (v == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", got " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v + "'", e);
        }
    }

    private static Duration duration(Map<String, String> p, String key, Duration def, boolean positive) {
        String v = trimToNull(p.get(key));
        if (v == null) {
            return def;
        }
        Duration d = parseDuration(v, key);
        if (d.isNegative() || (positive && d.isZero())) {
            throw new IllegalArgumentException(key + " must be " + (positive ? "positive" : "zero or more")
                    + ", got " + v);
        }
        return d;
    }

    /**
     * Parses {@code 250} (milliseconds), {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h} or ISO-8601
     * ({@code PT5S}).
     */
    static Duration parseDuration(String v, String key) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("pt") || s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            }
            if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 1000));
            }
            if (s.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1).trim()) * 60);
            }
            if (s.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(s.substring(0, s.length() - 1).trim()));
            }
            return Duration.ofMillis(Long.parseLong(s));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a duration like 500ms, 5s, 2m or PT5S, got '" + v + "'",
                    e);
        }
    }
}
