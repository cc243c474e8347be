package si.knjizniprehod.core.db;

import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ItemRepository {
    private static final String COLUMNS = "id, library_id, unit_id, bib_id, title, author, material_type, collection, "
            + "audience, required_reading, issue_year, latest_issue, title_copies, status, call_number";

    public Optional<Item> find(Connection c, String id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM item WHERE id = ?", ItemRepository::map, id);
    }

    /** Locks the item row: concurrent checkouts of one item queue here and see each other's result. */
    public Optional<Item> lock(Connection c, String id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM item WHERE id = ? FOR UPDATE", ItemRepository::map, id);
    }

    public List<Item> findByLibrary(Connection c, String libraryId, int limit, int offset) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM item WHERE library_id = ? ORDER BY id LIMIT ? OFFSET ?",
                ItemRepository::map, libraryId, limit, offset);
    }

    public void insert(Connection c, Item i, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO item (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.id(), i.libraryId(), i.unitId(), i.bibId(), i.title(), i.author(), i.materialType(), i.collection(),
                i.audience(), i.requiredReading(), i.issueYear(), i.latestIssue(), i.titleCopies(), i.status(),
                i.callNumber(), now);
    }

    public int update(Connection c, Item i, Instant now) throws SQLException {
        return Jdbc.update(c, "UPDATE item SET unit_id = ?, bib_id = ?, title = ?, author = ?, material_type = ?, "
                        + "collection = ?, audience = ?, required_reading = ?, issue_year = ?, latest_issue = ?, "
                        + "title_copies = ?, status = ?, call_number = ?, updated_at = ? WHERE id = ?",
                i.unitId(), i.bibId(), i.title(), i.author(), i.materialType(), i.collection(), i.audience(),
                i.requiredReading(), i.issueYear(), i.latestIssue(), i.titleCopies(), i.status(), i.callNumber(), now,
                i.id());
    }

    public void setStatus(Connection c, String itemId, ItemStatus status, Instant now) throws SQLException {
        Jdbc.update(c, "UPDATE item SET status = ?, updated_at = ? WHERE id = ?", status, now, itemId);
    }

    public void setProperties(Connection c, String itemId, String properties, Instant now) throws SQLException {
        Jdbc.update(c, "UPDATE item SET properties = ?, updated_at = ? WHERE id = ?", properties, now, itemId);
    }

    public Optional<String> properties(Connection c, String itemId) throws SQLException {
        return Jdbc.queryOne(c, "SELECT properties FROM item WHERE id = ?", rs -> rs.getString(1), itemId);
    }

    public int delete(Connection c, String itemId) throws SQLException {
        return Jdbc.update(c, "DELETE FROM item WHERE id = ?", itemId);
    }

    static Item map(ResultSet rs) throws SQLException {
        return new Item(rs.getString("id"), rs.getString("library_id"), rs.getString("unit_id"), rs.getString("bib_id"),
                rs.getString("title"), rs.getString("author"), rs.getString("material_type"),
                Item.Collection.valueOf(rs.getString("collection")), Item.Audience.valueOf(rs.getString("audience")),
                rs.getBoolean("required_reading"), Jdbc.integer(rs, "issue_year"), rs.getBoolean("latest_issue"),
                rs.getInt("title_copies"), ItemStatus.valueOf(rs.getString("status")), rs.getString("call_number"));
    }
}
