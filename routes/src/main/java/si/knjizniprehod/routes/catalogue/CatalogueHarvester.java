package si.knjizniprehod.routes.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.connectors.sru.CqlBuilder;
import si.knjizniprehod.connectors.sru.SruClient;
import si.knjizniprehod.connectors.sru.SruRecord;
import si.knjizniprehod.core.catalogue.BibRecord;
import si.knjizniprehod.core.catalogue.HarvestStateRepository;
import si.knjizniprehod.mappings.marc.MarcFlavour;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One harvest of the configured catalogue: pages through the hits of {@code gateway.catalogue.harvest.query}
 * (ANDed with {@code <date-index> >= "<last harvest minus overlap>"} when a date index is configured and an earlier
 * harvest is recorded), upserts every record into the local store in batches and records {@code harvest_state}.
 */
public final class CatalogueHarvester {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueHarvester.class);

    private final SruClient sru;
    private final CatalogueStore store;
    private final Clock clock;
    private final String query;
    private final String dateIndex;
    private final DateTimeFormatter dateFormat;
    private final Duration overlap;

    public CatalogueHarvester(SruClient sru, CatalogueStore store, Clock clock, String query, String dateIndex,
                              String datePattern, Duration overlap) {
        this.sru = sru;
        this.store = store;
        this.clock = clock;
        this.query = query;
        this.dateIndex = dateIndex == null || dateIndex.isBlank() ? null : dateIndex.trim();
        if (this.dateIndex != null) {
            CqlBuilder.clause(this.dateIndex, ">=", "x"); // fails early on a malformed index name
        }
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern).withZone(ZoneId.of("UTC"));
        this.overlap = overlap;
    }

    /** The outcome of one run. */
    public record Run(String query, int stored, int skipped, Instant startedAt, long millis) {
    }

    /** The key of this catalogue in {@code harvest_state}: its SRU URL. */
    public String catalogueKey() {
        return sru.config().url().toString();
    }

    /** The CQL of the next run. */
    public String nextQuery() {
        Optional<HarvestStateRepository.HarvestState> last = store.harvestState(catalogueKey());
        if (dateIndex == null || last.isEmpty() || last.get().lastHarvest() == null) {
            return query;
        }
        String since = dateFormat.format(last.get().lastHarvest().minus(overlap));
        return "(" + query + ") and " + CqlBuilder.clause(dateIndex, ">=", since);
    }

    public synchronized Run harvest() {
        Instant started = Instant.now(clock);
        long t0 = System.nanoTime();
        String cql = nextQuery();
        sru.clearCache(); // a harvest must see the catalogue as it is now
        int stored = 0;
        int skipped = 0;
        List<BibRecord> batch = new ArrayList<>(CatalogueImporter.BATCH);
        Iterator<SruRecord> it = sru.iterate(cql);
        while (it.hasNext()) {
            SruRecord r = it.next();
            if (r.marc() == null) {
                skipped++;
                continue;
            }
            try {
                batch.add(CatalogueRecords.toBibRecord(r.marc(), MarcFlavour.detect(r.marc()), "harvest", started));
            } catch (RuntimeException e) {
                skipped++;
                LOG.debug("harvest: record {} skipped: {}", r.position(), e.getMessage());
            }
            if (batch.size() >= CatalogueImporter.BATCH) {
                store.saveAll(batch);
                stored += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.saveAll(batch);
            stored += batch.size();
        }
        if (stored + skipped >= sru.config().maxIteratedRecords()) {
            LOG.warn("catalogue harvest stopped at gateway.catalogue.sru.max-iterated-records = {}; raise it or narrow "
                    + "gateway.catalogue.harvest.query", sru.config().maxIteratedRecords());
        }
        store.recordHarvest(catalogueKey(), started, stored);
        Run run = new Run(cql, stored, skipped, started, (System.nanoTime() - t0) / 1_000_000);
        LOG.info("catalogue harvest: {} records stored, {} skipped, in {} ms ({})", stored, skipped, run.millis(), cql);
        return run;
    }
}
