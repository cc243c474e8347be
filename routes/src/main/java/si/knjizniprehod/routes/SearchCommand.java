package si.knjizniprehod.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import si.knjizniprehod.connectors.sru.CatalogueConfig;
import si.knjizniprehod.connectors.sru.SruClient;
import si.knjizniprehod.connectors.sru.SruDiagnosticException;
import si.knjizniprehod.connectors.sru.SruException;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.routes.catalogue.CatalogueSearch;
import si.knjizniprehod.routes.catalogue.CatalogueStore;
import si.knjizniprehod.routes.config.GatewayConfig;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gateway.jar search --title …}: searches the configured SRU catalogue ({@code gateway.catalogue.sru.url}),
 * or the local record store when none is configured, and prints one line per hit (or JSON with {@code --json}).
 * Exit codes: 0 hits found, 4 nothing found, 1 the catalogue or database failed, 2 wrong usage.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the configured SRU catalogue (or the local record store when none is configured).")
public final class SearchCommand implements Callable<Integer> {
    public static final int NOTHING_FOUND = 4;
    private static final ObjectMapper JSON = Circulation.jsonMapper();

    @Mixin
    GatewayCli.Options options;

    @Spec
    CommandSpec spec;

    @Option(names = "--title")
    String title;
    @Option(names = "--author")
    String author;
    @Option(names = "--isbn")
    String isbn;
    @Option(names = "--id")
    String id;
    @Option(names = {"-q", "--any"}, description = "any field")
    String any;
    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default ${DEFAULT-VALUE})")
    int limit;
    @Option(names = "--offset", defaultValue = "0")
    int offset;
    @Option(names = "--json", description = "print the summaries as JSON, one per line")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> criteria = new LinkedHashMap<>();
        put(criteria, "title", title);
        put(criteria, "author", author);
        put(criteria, "isbn", isbn);
        put(criteria, "id", id);
        put(criteria, "q", any);
        if (criteria.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one of --title, --author, "
                    + "--isbn, --id, -q");
        }
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1–1000, --offset ≥ 0");
        }
        GatewayConfig config = options.load();
        Database db = null;
        try {
            CatalogueSearch search;
            if (config.isSet(CatalogueConfig.URL)) {
                Map<String, String> props = new LinkedHashMap<>();
                config.withPrefix(CatalogueConfig.PREFIX).forEach((k, v) -> {
                    if (v != null && !v.isBlank()) {
                        props.put(k, v);
                    }
                });
                search = new CatalogueSearch(SruClient.fromProperties(props), null);
            } else {
                db = ImportCommand.openDatabase(config);
                search = new CatalogueSearch(null, new CatalogueStore(db));
            }
            CatalogueSearch.Page page = search.search(criteria, limit, offset, false);
            err.println(page.source().equals("sru") ? "catalogue " + config.get(CatalogueConfig.URL) + ": " + page.query()
                    : "local record store (no gateway.catalogue.sru.url configured)");
            err.printf("%d hit(s)%s%n", page.total(), page.total() > page.hits().size()
                    ? ", showing " + (offset + 1) + "–" + (offset + page.hits().size()) : "");
            for (CatalogueSearch.Hit h : page.hits()) {
                if (json) {
                    out.println(JSON.writeValueAsString(h.summary()));
                } else {
                    out.println(line(h.summary()));
                }
            }
            out.flush();
            err.flush();
            return page.total() == 0 ? NOTHING_FOUND : 0;
        } catch (SruDiagnosticException e) {
            err.println("search: the catalogue answered with a diagnostic: " + e.getMessage());
            return 1;
        } catch (SruException e) {
            err.println("search: catalogue unavailable: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (Exception e) {
            err.println("search failed: " + ImportCommand.rootMessage(e));
            return 1;
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    /** {@code id  year  title / authors} */
    static String line(JsonNode s) {
        StringBuilder sb = new StringBuilder();
        sb.append(text(s, "id")).append("  ").append(s.hasNonNull("year") ? s.get("year").asText() : "    ")
                .append("  ").append(text(s, "title"));
        if (s.has("authors") && s.get("authors").size() > 0) {
            sb.append(" / ");
            for (int i = 0; i < s.get("authors").size(); i++) {
                sb.append(i > 0 ? "; " : "").append(s.get("authors").get(i).asText());
            }
        }
        return sb.toString();
    }

    private static String text(JsonNode s, String f) {
        return s.hasNonNull(f) ? s.get(f).asText() : "-";
    }
}
