package si.knjizniprehod.routes.catalogue;

import si.knjizniprehod.core.catalogue.BibRecord;
import si.knjizniprehod.core.catalogue.BibRecordRepository;
import si.knjizniprehod.core.catalogue.HarvestStateRepository;
import si.knjizniprehod.core.db.Database;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The local bibliographic record store over the gateway's database (one transaction per call). */
public final class CatalogueStore {
    private final Database db;
    private final BibRecordRepository records = new BibRecordRepository();
    private final HarvestStateRepository harvests = new HarvestStateRepository();
    private final long titleTtlNanos;
    private final java.util.concurrent.ConcurrentHashMap<String, CachedTitle> titles =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int TITLE_CACHE_MAX = 50_000;

    private record CachedTitle(Optional<String> title, long expires) {
    }

    public CatalogueStore(Database db) {
        this(db, java.time.Duration.ZERO);
    }

    /**
     * @param titleTtl how long {@link #title} answers (found or not) are reused; zero = always ask the database.
     *                 Records stored through this store replace their cached titles at once; the TTL bounds how
     *                 stale a title can be after another process (a CLI import on PostgreSQL) changed it.
     */
    public CatalogueStore(Database db, java.time.Duration titleTtl) {
        this.db = db;
        this.titleTtlNanos = titleTtl.toNanos();
    }

    public Database database() {
        return db;
    }

    /** Stores (inserts or replaces) a batch of records in one transaction. */
    public void saveAll(List<BibRecord> batch) {
        db.inTransaction(c -> {
            records.saveAll(c, batch);
            return null;
        });
        if (titleTtlNanos > 0) {
            batch.forEach(r -> titles.remove(r.id()));
        }
    }

    public Optional<BibRecord> find(String id) {
        return db.inTransaction(c -> records.find(c, id));
    }

    /** The stored record's title: what SIP2 item information shows for an item with this bib_id. */
    public Optional<String> title(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        if (titleTtlNanos <= 0) {
            return lookUpTitle(id);
        }
        long now = System.nanoTime();
        CachedTitle cached = titles.get(id);
        if (cached != null && now - cached.expires() < 0) {
            return cached.title();
        }
        Optional<String> t = lookUpTitle(id);
        if (titles.size() >= TITLE_CACHE_MAX) {
            titles.clear();
        }
        titles.put(id, new CachedTitle(t, now + titleTtlNanos));
        return t;
    }

    private Optional<String> lookUpTitle(String id) {
        return db.inTransaction(c -> records.title(c, id)).filter(t -> !t.isBlank());
    }

    public List<BibRecord> search(BibRecordRepository.Query q, int limit, int offset) {
        return db.inTransaction(c -> records.search(c, q, limit, offset));
    }

    public long count(BibRecordRepository.Query q) {
        return db.inTransaction(c -> records.count(c, q));
    }

    public long count() {
        return db.inTransaction(records::count);
    }

    public Optional<HarvestStateRepository.HarvestState> harvestState(String catalogue) {
        return db.inTransaction(c -> harvests.find(c, key(catalogue)));
    }

    public void recordHarvest(String catalogue, Instant when, int count) {
        db.inTransaction(c -> {
            harvests.record(c, key(catalogue), when, count);
            return null;
        });
    }

    private static String key(String catalogue) {
        return catalogue.length() <= 200 ? catalogue : catalogue.substring(0, 200);
    }
}
