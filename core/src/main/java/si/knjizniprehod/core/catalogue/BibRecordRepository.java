package si.knjizniprehod.core.catalogue;

import si.knjizniprehod.core.db.Jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The local bibliographic record store. */
public final class BibRecordRepository {
    private static final String COLUMNS = "id, flavour, title, responsibility, authors, publication_year, publisher, "
            + "isbn, issn, language, material_type, udc, summary_json, record_xml, source, updated_at";

    /** Insert or replace by id (portable: update first, insert when nothing was there). */
    public void save(Connection c, BibRecord r) throws SQLException {
        int n = Jdbc.update(c, "UPDATE bib_record SET flavour = ?, title = ?, responsibility = ?, authors = ?, "
                        + "publication_year = ?, publisher = ?, isbn = ?, issn = ?, language = ?, material_type = ?, udc = ?, "
                        + "summary_json = ?, record_xml = ?, source = ?, updated_at = ? WHERE id = ?",
                r.flavour(), cut(r.title(), 1000), cut(r.responsibility(), 1000), cut(r.authors(), 1000),
                cut(r.year(), 16), cut(r.publisher(), 500), cut(r.isbn(), 200), cut(r.issn(), 100),
                cut(r.language(), 16), cut(r.materialType(), 32), cut(r.udc(), 200), r.summaryJson(), r.recordXml(),
                r.source(), r.updatedAt(), r.id());
        if (n == 0) {
            Jdbc.update(c, "INSERT INTO bib_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id(), r.flavour(), cut(r.title(), 1000), cut(r.responsibility(), 1000), cut(r.authors(), 1000),
                    cut(r.year(), 16), cut(r.publisher(), 500), cut(r.isbn(), 200), cut(r.issn(), 100),
                    cut(r.language(), 16), cut(r.materialType(), 32), cut(r.udc(), 200), r.summaryJson(),
                    r.recordXml(), r.source(), r.updatedAt());
        }
    }

    public Optional<BibRecord> find(Connection c, String id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM bib_record WHERE id = ?", BibRecordRepository::map, id);
    }

    /** Case-insensitive search on title, authors and ISBN in the local store. */
    public List<BibRecord> search(Connection c, String title, String author, String isbn, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM bib_record WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (title != null) {
            sql.append(" AND LOWER(title) LIKE ?");
            params.add("%" + title.toLowerCase() + "%");
        }
        if (author != null) {
            sql.append(" AND LOWER(authors) LIKE ?");
            params.add("%" + author.toLowerCase() + "%");
        }
        if (isbn != null) {
            sql.append(" AND REPLACE(isbn, '-', '') LIKE ?");
            params.add("%" + isbn.replace("-", "") + "%");
        }
        sql.append(" ORDER BY id LIMIT ?");
        params.add(limit);
        return Jdbc.query(c, sql.toString(), BibRecordRepository::map, params.toArray());
    }

    public long count(Connection c) throws SQLException {
        return Jdbc.queryOne(c, "SELECT COUNT(*) FROM bib_record", rs -> rs.getLong(1)).orElse(0L);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static BibRecord map(ResultSet rs) throws SQLException {
        return new BibRecord(rs.getString("id"), rs.getString("flavour"), rs.getString("title"),
                rs.getString("responsibility"), rs.getString("authors"), rs.getString("publication_year"),
                rs.getString("publisher"), rs.getString("isbn"), rs.getString("issn"), rs.getString("language"),
                rs.getString("material_type"), rs.getString("udc"), rs.getString("summary_json"),
                rs.getString("record_xml"), rs.getString("source"), Jdbc.instant(rs, "updated_at"));
    }
}
