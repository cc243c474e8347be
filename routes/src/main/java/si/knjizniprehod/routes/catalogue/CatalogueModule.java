package si.knjizniprehod.routes.catalogue;

import org.apache.camel.RoutesBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.connectors.sru.CatalogueConfig;
import si.knjizniprehod.connectors.sru.SruClient;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.routes.config.GatewayConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static si.knjizniprehod.routes.config.GatewayConfig.durationMs;

/**
 * The union-catalogue part of the gateway, built from the {@code gateway.catalogue.*} settings: the SRU client
 * (only when {@code gateway.catalogue.sru.url} is set), the local record store, search, holdings, import, the REST
 * route and — when {@code gateway.catalogue.harvest.query} is set too — the {@code catalogue-harvest} route.
 */
public final class CatalogueModule {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueModule.class);
    public static final String HARVEST = CatalogueConfig.PREFIX + "harvest.";

    private final CatalogueStore store;
    private final SruClient sru;
    private final CatalogueSearch search;
    private final CatalogueHoldings holdings;
    private final CatalogueImporter importer;
    private final CatalogueHarvester harvester;
    private final long harvestPeriodMs;
    private final long harvestDelayMs;

    public CatalogueModule(GatewayConfig config, Database db, Clock clock) {
        Map<String, String> props = properties(config);
        this.store = new CatalogueStore(db,
                Duration.ofMillis(durationMs(props, CatalogueConfig.PREFIX + "title-cache.ttl", 60_000L)));
        this.sru = props.containsKey(CatalogueConfig.URL) ? SruClient.fromProperties(props) : null;
        this.search = new CatalogueSearch(sru, store);
        this.holdings = new CatalogueHoldings(sru, store, props);
        this.importer = new CatalogueImporter(store, clock, "import");
        String query = props.get(HARVEST + "query");
        if (query != null && sru != null) {
            harvester = new CatalogueHarvester(sru, store, clock, query, props.get(HARVEST + "date-index"),
                    props.getOrDefault(HARVEST + "date-format", "yyyy-MM-dd"),
                    Duration.ofMillis(durationMs(props, HARVEST + "overlap", 86_400_000L)));
            harvestPeriodMs = durationMs(props, HARVEST + "period", 3_600_000L);
            harvestDelayMs = durationMs(props, HARVEST + "delay", 30_000L);
            if (harvestPeriodMs <= 0) {
                throw new IllegalArgumentException(HARVEST + "period must be positive");
            }
        } else {
            if (query != null) {
                LOG.warn("{}query is set but {} is not: no harvest", HARVEST, CatalogueConfig.URL);
            }
            harvester = null;
            harvestPeriodMs = 0;
            harvestDelayMs = 0;
        }
    }

    /** {@code gateway.catalogue.*} with empty values dropped (an empty value means "default"). */
    static Map<String, String> properties(GatewayConfig config) {
        Map<String, String> m = new TreeMap<>();
        config.withPrefix(CatalogueConfig.PREFIX).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                m.put(k, v.trim());
            }
        });
        return m;
    }

    /** The Camel routes: REST always, the harvest when configured. */
    public List<RoutesBuilder> routes() {
        List<RoutesBuilder> r = new ArrayList<>();
        r.add(new CatalogueRestRoute(new CatalogueApi(search, store, holdings, importer)));
        if (harvester != null) {
            r.add(new CatalogueHarvestRoute(harvester, harvestPeriodMs, harvestDelayMs));
        }
        return r;
    }

    /** The SIP2 title look-up: the stored record's title for an item's bib_id. */
    public Optional<String> title(String bibId) {
        return store.title(bibId);
    }

    public CatalogueStore store() {
        return store;
    }

    public CatalogueSearch search() {
        return search;
    }

    public CatalogueHoldings holdings() {
        return holdings;
    }

    public CatalogueImporter importer() {
        return importer;
    }

    /** The harvester, or null when no harvest is configured. */
    public CatalogueHarvester harvester() {
        return harvester;
    }
}
