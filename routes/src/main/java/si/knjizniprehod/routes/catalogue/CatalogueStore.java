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

    public CatalogueStore(Database db) {
        this.db = db;
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
    }

    public Optional<BibRecord> find(String id) {
        return db.inTransaction(c -> records.find(c, id));
    }

    /** The stored record's title: what SIP2 item information shows for an item with this bib_id. */
    public Optional<String> title(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
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
