package si.knjizniprehod.routes.api;

import org.apache.camel.Exchange;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.Reason;

import java.util.Locale;

import static si.knjizniprehod.routes.api.Http.body;
import static si.knjizniprehod.routes.api.Http.header;
import static si.knjizniprehod.routes.api.Http.pick;
import static si.knjizniprehod.routes.api.Http.require;
import static si.knjizniprehod.routes.api.Http.respond;

/** {@code /api/items}: item records. */
public final class ItemApi {
    private final Circulation core;

    public ItemApi(Circulation core) {
        this.core = core;
    }

    public record ItemInput(String id, String library, String unit, String bibId, String title, String author,
                            String materialType, Item.Collection collection, Item.Audience audience,
                            Boolean requiredReading, Integer issueYear, Boolean latestIssue, Integer titleCopies,
                            ItemStatus status, String callNumber) {
    }

    public void list(Exchange ex) {
        String library = require(header(ex, "library"), "library").toUpperCase(Locale.ROOT);
        respond(ex, 200, core.items().list(library, Http.intParam(ex, "limit", 100, 1000),
                Http.intParam(ex, "offset", 0, Integer.MAX_VALUE)));
    }

    public void get(Exchange ex) {
        respond(ex, 200, find(header(ex, "id")));
    }

    public void create(Exchange ex) {
        respond(ex, 201, core.items().create(toItem(body(ex, ItemInput.class), null)));
    }

    public void update(Exchange ex) {
        Item old = find(header(ex, "id"));
        ItemInput in = body(ex, ItemInput.class);
        if (in.id() != null && !in.id().equals(old.id())) {
            throw new BadRequestException("the id in the body differs from the path");
        }
        respond(ex, 200, core.items().update(toItem(in, old)));
    }

    public void delete(Exchange ex) {
        Item item = find(header(ex, "id"));
        core.items().delete(item.libraryId(), item.id());
        Http.noContent(ex);
    }

    private Item find(String id) {
        return core.items().find(id).orElseThrow(() -> new CirculationRefusedException(
                core.policy().refusal(null, Reason.ITEM_UNKNOWN)));
    }

    private static Item toItem(ItemInput in, Item old) {
        return new Item(
                old != null ? old.id() : require(in.id(), "id"),
                old != null ? old.libraryId() : require(in.library(), "library").toUpperCase(Locale.ROOT),
                pick(in.unit(), old == null ? null : old.unitId()),
                pick(in.bibId(), old == null ? null : old.bibId()),
                pick(in.title(), old == null ? null : old.title()),
                pick(in.author(), old == null ? null : old.author()),
                pick(in.materialType(), old == null ? "BOOK" : old.materialType()),
                pick(in.collection(), old == null ? Item.Collection.LENDING : old.collection()),
                pick(in.audience(), old == null ? Item.Audience.ADULT : old.audience()),
                pick(in.requiredReading(), old != null && old.requiredReading()),
                pick(in.issueYear(), old == null ? null : old.issueYear()),
                pick(in.latestIssue(), old != null && old.latestIssue()),
                pick(in.titleCopies(), old == null ? 1 : old.titleCopies()),
                pick(in.status(), old == null ? ItemStatus.AVAILABLE : old.status()),
                pick(in.callNumber(), old == null ? null : old.callNumber()));
    }
}
