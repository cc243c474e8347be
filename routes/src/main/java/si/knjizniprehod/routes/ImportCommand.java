package si.knjizniprehod.routes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.routes.catalogue.CatalogueImporter;
import si.knjizniprehod.routes.catalogue.CatalogueStore;
import si.knjizniprehod.routes.catalogue.TerminalProgress;
import si.knjizniprehod.routes.config.GatewayConfig;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gateway.jar import FILE… [--report FILE]}: streams MARC files (ISO 2709, MARCXML, MARC-in-JSON; UNIMARC or
 * MARC 21) into the local record store of the configured database. Opens the database directly: the gateway need
 * not run (with the embedded H2 database it must not, since H2 allows one process per file).
 * Exit codes: 0 every record stored, 3 some records rejected (see the report), 1 the import could not run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import MARC files or directories into the local record store (progress on the terminal).")
public final class ImportCommand implements Callable<Integer> {
    public static final int SOME_REJECTED = 3;

    @Mixin
    GatewayCli.Options options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "MARC files or directories (format and flavour detected)")
    List<Path> files;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the rejected records, and the stored ones read with warnings, to this tab-separated "
                    + "file (file, position, byte offset, outcome, reason)")
    Path report;

    @Option(names = "--no-progress", description = "no progress display")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!Files.exists(f)) {
                err.println("import: no such file or directory: " + f);
                return 1;
            }
        }
        GatewayConfig config = options.load();
        Database db;
        try {
            db = openDatabase(config);
        } catch (RuntimeException e) {
            err.println("import: cannot open the database: " + rootMessage(e));
            return 1;
        }
        try (db; BufferedWriter rep = report == null ? null : Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            if (rep != null) {
                rep.write("file\tposition\tbyte_offset\toutcome\treason\n");
            }
            CatalogueImporter.Listener reportWriter = new CatalogueImporter.Listener() {
                @Override
                public void rejected(CatalogueImporter.Rejection r) {
                    line(r, "rejected");
                }

                @Override
                public void warned(CatalogueImporter.Rejection r) {
                    line(r, "warning");
                }

                private void line(CatalogueImporter.Rejection r, String outcome) {
                    if (rep == null) {
                        return;
                    }
                    try {
                        rep.write(r.file() + "\t" + r.position() + "\t" + r.byteOffset() + "\t" + outcome + "\t"
                                + r.reason().replace('\t', ' ').replace('\n', ' ') + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            CatalogueImporter.Listener listener = noProgress ? reportWriter
                    : new TerminalProgress(err, System.console() != null, reportWriter);
            CatalogueImporter importer = new CatalogueImporter(new CatalogueStore(db), Clock.systemUTC(), "import");
            CatalogueImporter.Result r = importer.importPaths(files, listener);
            out.printf("imported %d file(s): %,d records read, %,d stored, %,d rejected, %,d with warnings, in %.1f s%n",
                    r.files(), r.read(), r.stored(), r.rejected(), r.warnings(), r.millis() / 1000.0);
            if (r.rejected() > 0) {
                if (report != null) {
                    out.println("rejected records (and records read with warnings) are listed in " + report);
                } else {
                    r.rejections().stream().limit(20).forEach(x ->
                            err.println("rejected " + x.file() + " #" + x.position() + " @" + x.byteOffset() + ": " + x.reason()));
                    if (r.rejected() > 20) {
                        err.println("… use --report FILE for the full list");
                    }
                }
                out.flush();
                return SOME_REJECTED;
            }
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("import failed: " + rootMessage(e));
            return 1;
        }
    }

    /** The gateway's database settings (gateway.db.*, --data-dir), a small pool. */
    static Database openDatabase(GatewayConfig config) {
        Path dataDir = Path.of(config.get("gateway.data.dir", "./data"));
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = config.get("gateway.db.url", Database.h2FileUrl(dataDir));
        String user = config.get("gateway.db.user", url.startsWith("jdbc:h2:") ? "sa" : null);
        return Database.open(url, user, config.get("gateway.db.password", ""), 2);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
