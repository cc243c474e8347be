package si.knjizniprehod.routes.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every {@code gateway.*} setting, merged from lowest to highest precedence: built-in defaults,
 * a properties file ({@code --config}), JVM system properties, environment variables
 * ({@code GATEWAY_DB_URL} → {@code gateway.db.url}) and finally command-line options.
 */
public final class GatewayConfig {
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|token|credential).*");
    private static final Pattern URL_SECRET = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> values;
    private final Map<String, String> origins;

    private GatewayConfig(Map<String, String> values, Map<String, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    public static GatewayConfig load(Path configFile, Map<String, String> systemProperties,
                                     Map<String, String> environment, Map<String, String> commandLine) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        put(values, origins, defaults(), "default");
        if (configFile != null) {
            put(values, origins, readFile(configFile), "file " + configFile);
        }
        put(values, origins, systemProperties, "system property");
        put(values, origins, fromEnvironment(environment), "environment");
        put(values, origins, commandLine, "command line");
        return new GatewayConfig(values, origins);
    }

    public static GatewayConfig defaultsOnly() {
        return load(null, Map.of(), Map.of(), Map.of());
    }

    public static GatewayConfig of(Map<String, String> overrides) {
        return load(null, Map.of(), Map.of(), overrides);
    }

    private static void put(Map<String, String> values, Map<String, String> origins, Map<String, String> src, String origin) {
        src.forEach((k, v) -> {
            if (k.startsWith("gateway.") && v != null) {
                values.put(k, v.trim());
                origins.put(k, origin);
            }
        });
    }

    private static Map<String, String> defaults() {
        Properties p = new Properties();
        try (InputStream in = GatewayConfig.class.getResourceAsStream("/gateway-defaults.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return toMap(p);
    }

    private static Map<String, String> readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        return toMap(p);
    }

    /** GATEWAY_DB_URL → gateway.db.url; variables that don't start with GATEWAY_ are ignored. */
    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new TreeMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("GATEWAY_")) {
                out.put(k.toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        return out;
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    public String get(String key) {
        return values.get(key);
    }

    public String get(String key, String fallback) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    public int getInt(String key, int fallback) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'");
        }
    }

    /** A local time of day, {@code HH:mm}. */
    public LocalTime getTime(String key) {
        String v = values.get(key);
        try {
            return LocalTime.parse(v == null ? "" : v.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be a time of day such as 03:30, not '" + v + "'");
        }
    }

    /** A duration setting in milliseconds; see {@link #durationMs(Map, String, long)} for the forms accepted. */
    public long getDurationMs(String key, long fallback) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? fallback : durationMs(values, key, fallback);
    }

    /** {@code 500} (ms), {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, {@code 1d} or ISO-8601 {@code PT5S}. */
    public static long durationMs(Map<String, String> props, String key, long fallback) {
        String v = props.get(key);
        if (v == null) {
            return fallback;
        }
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT)).toMillis();
            }
            if (s.matches("\\d+")) {
                return Long.parseLong(s);
            }
            var m = DURATION.matcher(s);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> n;
                    case "s" -> n * 1000;
                    case "m" -> n * 60_000;
                    case "h" -> n * 3_600_000;
                    default -> n * 86_400_000;
                };
            }
        } catch (RuntimeException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(key + " must be a duration like 500ms, 30s, 15m, 1h, 1d or PT1H, not '"
                + v + "'");
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? fallback : Boolean.parseBoolean(v);
    }

    public boolean isSet(String key) {
        String v = values.get(key);
        return v != null && !v.isEmpty();
    }

    /** All settings under a prefix (e.g. {@code gateway.catalogue.}), for modules that read their own. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                m.put(k, v);
            }
        });
        return m;
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    /** The effective configuration with secrets masked, one {@code key = value  (origin)} per line. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append(" = ").append(masked(k, v))
                .append("    # ").append(origins.get(k)).append('\n'));
        return sb.toString();
    }

    static String masked(String key, String value) {
        if (SECRET_KEY.matcher(key).matches()) {
            return value.isEmpty() ? "" : "****";
        }
        return URL_SECRET.matcher(value).replaceAll("$1****");
    }
}
