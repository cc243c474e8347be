package si.knjizniprehod.core.catalogue;

import si.knjizniprehod.core.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Insert or replace many records in the caller's transaction with JDBC batches: one look-up of the ids
     * already present, then one UPDATE batch and one INSERT batch. A later record with the same id wins.
     */
    public void saveAll(Connection c, List<BibRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        Map<String, BibRecord> byId = new LinkedHashMap<>();
        for (BibRecord r : records) {
            byId.put(r.id(), r);
        }
        Set<String> existing = new HashSet<>();
        List<String> ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            existing.addAll(Jdbc.query(c, "SELECT id FROM bib_record WHERE id IN (" + marks + ")",
                    rs -> rs.getString(1), part.toArray()));
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE bib_record SET flavour = ?, title = ?, "
                + "responsibility = ?, authors = ?, publication_year = ?, publisher = ?, isbn = ?, issn = ?, "
                + "language = ?, material_type = ?, udc = ?, summary_json = ?, record_xml = ?, source = ?, "
                + "updated_at = ? WHERE id = ?");
             PreparedStatement in = c.prepareStatement("INSERT INTO bib_record (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ups = 0;
            int ins = 0;
            for (BibRecord r : byId.values()) {
                if (existing.contains(r.id())) {
                    bindColumns(up, 1, r);
                    up.setString(16, r.id());
                    up.addBatch();
                    ups++;
                } else {
                    in.setString(1, r.id());
                    bindColumns(in, 2, r);
                    in.addBatch();
                    ins++;
                }
            }
            if (ups > 0) {
                up.executeBatch();
            }
            if (ins > 0) {
                in.executeBatch();
            }
        }
    }

    private static void bindColumns(PreparedStatement ps, int first, BibRecord r) throws SQLException {
        int i = first;
        ps.setString(i++, r.flavour());
        ps.setString(i++, cut(r.title(), 1000));
        ps.setString(i++, cut(r.responsibility(), 1000));
        ps.setString(i++, cut(r.authors(), 1000));
        ps.setString(i++, cut(r.year(), 16));
        ps.setString(i++, cut(r.publisher(), 500));
        ps.setString(i++, cut(r.isbn(), 200));
        ps.setString(i++, cut(r.issn(), 100));
        ps.setString(i++, cut(r.language(), 16));
        ps.setString(i++, cut(r.materialType(), 32));
        ps.setString(i++, cut(r.udc(), 200));
        ps.setString(i++, r.summaryJson());
        ps.setString(i++, r.recordXml());
        ps.setString(i++, r.source());
        ps.setTimestamp(i, Timestamp.from(r.updatedAt()));
    }

    /** Only the title of a record (the SIP2 item information look-up). */
    public Optional<String> title(Connection c, String id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT title FROM bib_record WHERE id = ?", rs -> rs.getString(1), id);
    }

    /** Search criteria for the local store; null fields are not used. {@code any} matches title, authors, ISBN or id. */
    public record Query(String id, String title, String author, String isbn, String any) {
    }

    /** Case-insensitive substring search on the summary columns, ordered by id. */
    public List<BibRecord> search(Connection c, Query q, int limit, int offset) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        params.add(limit);
        params.add(offset);
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM bib_record" + where + " ORDER BY id LIMIT ? OFFSET ?",
                BibRecordRepository::map, params.toArray());
    }

    public long count(Connection c, Query q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        return Jdbc.queryOne(c, "SELECT COUNT(*) FROM bib_record" + where, rs -> rs.getLong(1), params.toArray())
                .orElse(0L);
    }

    private static String where(Query q, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (q.id() != null) {
            sql.append(" AND id = ?");
            params.add(q.id());
        }
        if (q.title() != null) {
            sql.append(" AND LOWER(title) LIKE ? ESCAPE '!'");
            params.add(like(q.title()));
        }
        if (q.author() != null) {
            sql.append(" AND LOWER(authors) LIKE ? ESCAPE '!'");
            params.add(like(q.author()));
        }
        if (q.isbn() != null) {
            sql.append(" AND REPLACE(isbn, '-', '') LIKE ? ESCAPE '!'");
            params.add(like(q.isbn().replace("-", "")));
        }
        if (q.any() != null) {
            sql.append(" AND (LOWER(title) LIKE ? ESCAPE '!' OR LOWER(authors) LIKE ? ESCAPE '!'"
                    + " OR LOWER(isbn) LIKE ? ESCAPE '!' OR LOWER(id) LIKE ? ESCAPE '!')");
            String l = like(q.any());
            params.add(l);
            params.add(l);
            params.add(l);
            params.add(l);
        }
        return sql.toString();
    }

    /** {@code %text%} with LIKE's own wildcards in the user's text made literal. */
    private static String like(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + t + "%";
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
