package si.knjizniprehod.core.circulation;

import si.knjizniprehod.core.db.Jdbc;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.Reason;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Item records: create, change, withdraw; an item on loan is never deleted. */
public final class ItemService {
    private final Circulation core;

    ItemService(Circulation core) {
        this.core = core;
    }

    public Item create(Item item) {
        LibraryProfile p = core.profile(item.libraryId());
        validate(p, item);
        return core.db.inTransaction(c -> {
            if (core.items.find(c, item.id()).isPresent()) {
                throw core.refused(p.id(), Reason.INVALID_REQUEST, Map.of("detail", "item " + item.id() + " exists"));
            }
            core.items.insert(c, item, core.clock.instant());
            return item;
        });
    }

    public Item update(Item item) {
        LibraryProfile p = core.profile(item.libraryId());
        validate(p, item);
        return core.write((c, ch) -> {
            ch.item(item.id());
            Item old = core.items.lock(c, item.id()).orElseThrow(() -> core.refused(p.id(), Reason.ITEM_UNKNOWN));
            // circulation owns the status while an item is on loan or on the hold shelf
            Item next = old.status() == ItemStatus.ON_LOAN || old.status() == ItemStatus.ON_HOLD_SHELF
                    ? item.withStatus(old.status()) : item;
            core.items.update(c, next, core.clock.instant());
            return next;
        });
    }

    public Optional<Item> find(String itemId) {
        return core.db.inTransaction(c -> core.items.find(c, itemId));
    }

    public List<Item> list(String libraryId, int limit, int offset) {
        core.profile(libraryId);
        return core.db.inTransaction(c -> core.items.findByLibrary(c, libraryId, limit, offset));
    }

    /** Stores the free-form properties a terminal reports for an item (SIP2 19). */
    public void updateProperties(String libraryId, String itemId, String properties) {
        LibraryProfile p = core.profile(libraryId);
        core.write((c, ch) -> {
            ch.item(itemId);
            core.items.lock(c, itemId).orElseThrow(() -> core.refused(p.id(), Reason.ITEM_UNKNOWN));
            core.items.setProperties(c, itemId, properties, core.clock.instant());
            return null;
        });
    }

    public Optional<String> properties(String itemId) {
        return core.db.inTransaction(c -> core.items.properties(c, itemId));
    }

    public void delete(String libraryId, String itemId) {
        LibraryProfile p = core.profile(libraryId);
        core.write((c, ch) -> {
            ch.item(itemId);
            Item item = core.items.lock(c, itemId).orElseThrow(() -> core.refused(p.id(), Reason.ITEM_UNKNOWN));
            if (item.status() == ItemStatus.ON_LOAN || core.loans.activeForItem(c, itemId).isPresent()) {
                throw core.refused(p.id(), Reason.ITEM_ON_LOAN);
            }
            Jdbc.update(c, "DELETE FROM hold WHERE item_id = ?", itemId);
            Jdbc.update(c, "DELETE FROM loan WHERE item_id = ?", itemId);
            core.items.delete(c, itemId);
            return null;
        });
    }

    private void validate(LibraryProfile p, Item item) {
        String problem = null;
        if (item.id() == null || !item.id().matches("[A-Za-z0-9-]{2,32}")) {
            problem = "id (barcode) must be 2–32 letters, digits or dashes";
        } else if (item.title() == null || item.title().isBlank()) {
            problem = "title is required";
        } else if (item.unitId() == null || p.unit(item.unitId()) == null) {
            problem = "unit must be one of the library's units";
        } else if (item.materialType() == null || item.collection() == null || item.status() == null) {
            problem = "materialType, collection and status are required";
        }
        if (problem != null) {
            throw core.refused(p.id(), Reason.INVALID_REQUEST, Map.of("detail", problem));
        }
    }
}
