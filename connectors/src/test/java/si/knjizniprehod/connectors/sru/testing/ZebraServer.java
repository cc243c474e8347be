package si.knjizniprehod.connectors.sru.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import si.knjizniprehod.connectors.sru.CatalogueConfig;

/**
 * A real Zebra SRU server on loopback for tests: indexes MARC files into a scratch directory with
 * {@code zebraidx} and serves them with {@code zebrasrv} (SRU/CQL, {@code recordSchema=marcxml} and
 * {@code unimarcxml}, {@code dc.*}/{@code rec.id}/{@code cql.serverChoice} indexes, a ZeeRex explain record).
 * Configuration files come from the test resources under {@code /zebra/} (the same files docs/sru.md uses).
 *
 * <pre>{@code
 * try (ZebraServer zebra = ZebraServer.builder()
 *         .marc21(TestData.marc("marc21/pride-and-prejudice-fixed.mrc"))
 *         .unimarc("unimarc", TestData.marc("unimarc/testunimarc.mrc"))
 *         .start()) {
 *     SruClient sru = SruClient.fromProperties(zebra.catalogueProperties());
 * }
 * }</pre>
 *
 * If zebraidx or zebrasrv is missing the test fails (never skips). Other modules can reuse this class through
 * the connectors test-jar ({@code <type>test-jar</type>}).
 */
public final class ZebraServer implements AutoCloseable {

    /** Database holding the MARC 21 files. */
    public static final String DEFAULT_DB = "Default";

    private final Path dir;
    private final int port;
    private Process process;

    private ZebraServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects files to index. */
    public static final class Builder {
        private final List<Path> marc21 = new ArrayList<>();
        private final Map<String, List<Path>> unimarc = new LinkedHashMap<>();

        /** ISO 2709 MARC 21 (UTF-8) files for database {@value #DEFAULT_DB}. */
        public Builder marc21(Path... files) {
            marc21.addAll(List.of(files));
            return this;
        }

        /** ISO 2709 UNIMARC (UTF-8) files for the named database (schema {@code unimarcxml}). */
        public Builder unimarc(String database, Path... files) {
            unimarc.computeIfAbsent(database, k -> new ArrayList<>()).addAll(List.of(files));
            return this;
        }

        public ZebraServer start() {
            Path zebraidx = ExternalProgram.require("zebraidx", "idzebra-2.0");
            Path zebrasrv = ExternalProgram.require("zebrasrv", "idzebra-2.0");
            Path dir;
            try {
                dir = Files.createTempDirectory("zebra-sru-");
                for (String d : List.of("register", "shadow", "lock", "tmp")) {
                    Files.createDirectories(dir.resolve(d));
                }
                Path pqf = Path.of("/usr/share/yaz/etc/pqf.properties");
                if (!Files.isRegularFile(pqf)) {
                    throw new AssertionError(pqf + " missing; install it with: apt-get install -y yaz");
                }
                try (var in = ZebraServer.class.getResourceAsStream("/zebra/cql2rpn-extra.properties")) {
                    String extra = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Files.writeString(dir.resolve("cql2rpn.properties"),
                            Files.readString(pqf, StandardCharsets.ISO_8859_1) + "\n" + extra,
                            StandardCharsets.ISO_8859_1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String f : List.of("zebra.cfg", "marc21.abs", "unimarc.abs")) {
                ExternalProgram.copyResource("/zebra/" + f, dir.resolve(f));
            }
            Path log = dir.resolve("zebra.log");
            String cfg = "zebra.cfg";
            ExternalProgram.run(dir, log, List.of(zebraidx.toString(), "-c", cfg, "init"));
            for (Path f : marc21) {
                ExternalProgram.run(dir, log, List.of(zebraidx.toString(), "-c", cfg, "-d", DEFAULT_DB,
                        "update", f.toAbsolutePath().toString()));
            }
            for (Map.Entry<String, List<Path>> e : unimarc.entrySet()) {
                for (Path f : e.getValue()) {
                    ExternalProgram.run(dir, log, List.of(zebraidx.toString(), "-c", cfg, "-t",
                            "grs.marcxml.unimarc", "-d", e.getKey(), "update", f.toAbsolutePath().toString()));
                }
            }
            ExternalProgram.run(dir, log, List.of(zebraidx.toString(), "-c", cfg, "commit"));
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = ExternalProgram.freePort();
                ExternalProgram.copyResource("/zebra/yazgfs.xml", dir.resolve("yazgfs.xml"),
                        "PORT", Integer.toString(port), "DIR", dir.toString());
                Process p = ExternalProgram.startAndAwaitPort(dir, log,
                        List.of(zebrasrv.toString(), "-T", "-v", "default,request,requestdetail", "-f", "yazgfs.xml"), port);
                if (p != null) {
                    ZebraServer z = new ZebraServer(dir, port, p);
                    Runtime.getRuntime().addShutdownHook(new Thread(z::close));
                    return z;
                }
            }
            String tail = ExternalProgram.tail(log);
            ExternalProgram.deleteTree(dir);
            throw new AssertionError("zebrasrv did not start:\n" + tail);
        }
    }

    public int port() {
        return port;
    }

    /** Scratch directory with the configuration and index (deleted on close). */
    public Path directory() {
        return dir;
    }

    /** SRU base URL of the MARC 21 database. */
    public String sruUrl() {
        return sruUrl(DEFAULT_DB);
    }

    public String sruUrl(String database) {
        return "http://127.0.0.1:" + port + "/" + database;
    }

    /** {@code gateway.catalogue.sru.url} for the MARC 21 database; everything else default. */
    public Map<String, String> catalogueProperties() {
        Map<String, String> m = new HashMap<>();
        m.put(CatalogueConfig.URL, sruUrl());
        return m;
    }

    /**
     * What Zebra's own CQL parser made of the queries sent while {@code action} ran, read from zebrasrv's
     * request log ({@code -v requestdetail}): boolean operators, terms and attribute lines of the RPN query.
     * Lets a test prove that a hostile string arrived as one literal term.
     */
    public RpnTrace trace(Runnable action) {
        Path log = dir.resolve("zebra.log");
        long before;
        try {
            before = Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        action.run();
        String added = "";
        for (int i = 0; i < 40; i++) { // the log line may land a moment after the HTTP answer
            try {
                byte[] all = Files.readAllBytes(log);
                added = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (added.contains("[request] SRWSearch")) {
                break;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> ops = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<String> attrs = new ArrayList<>();
        for (String line : added.split("\n")) {
            int i = line.indexOf("[requestdetail]");
            if (i < 0) {
                continue;
            }
            String rest = line.substring(i + "[requestdetail]".length()).trim();
            if (rest.startsWith("term '") && rest.endsWith("' (general)")) {
                terms.add(rest.substring("term '".length(), rest.length() - "' (general)".length()));
            } else if (rest.matches("(and|or|not|prox.*)")) {
                ops.add(rest);
            } else if (rest.matches(".*\\(\\d+=\\S+\\)$")) {
                attrs.add(rest);
            }
        }
        return new RpnTrace(ops, terms, attrs, added);
    }

    /** RPN query parts as zebrasrv logged them. */
    public record RpnTrace(List<String> operators, List<String> terms, List<String> attributes, String rawLog) {
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            ExternalProgram.stop(process);
            process = null;
            ExternalProgram.deleteTree(dir);
        }
    }
}
