package si.knjizniprehod.routes.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marc4j.marc.Record;
import si.knjizniprehod.connectors.sru.SearchResult;
import si.knjizniprehod.connectors.sru.SruClient;
import si.knjizniprehod.connectors.sru.SruRecord;
import si.knjizniprehod.core.catalogue.BibRecord;
import si.knjizniprehod.core.catalogue.BibRecordRepository;
import si.knjizniprehod.mappings.bib.BibSummary;
import si.knjizniprehod.mappings.marc.MarcFlavour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Catalogue search: the configured SRU catalogue when {@code gateway.catalogue.sru.url} is set, else the local
 * record store (the answer's {@code source} says which). User text only ever reaches the server through
 * {@link si.knjizniprehod.connectors.sru.CqlBuilder}, as literal terms.
 */
public final class CatalogueSearch {
    /** Search fields the local store understands ({@code q} = any of title, authors, ISBN, id). */
    public static final Set<String> LOCAL_FIELDS = Set.of("id", "title", "author", "isbn", "q");

    private final SruClient sru;
    private final CatalogueStore store;

    /** @param sru the catalogue client, or null when no SRU catalogue is configured */
    public CatalogueSearch(SruClient sru, CatalogueStore store) {
        this.sru = sru;
        this.store = store;
    }

    public boolean remote() {
        return sru != null;
    }

    public SruClient sru() {
        return sru;
    }

    /** The parameter names a search accepts: {@code q} plus every configured search field (SRU) or the local ones. */
    public Set<String> fields() {
        if (sru == null) {
            return new TreeSet<>(LOCAL_FIELDS);
        }
        Set<String> s = new TreeSet<>(sru.config().indexes().keySet());
        s.remove("any");
        s.add("q");
        return s;
    }

    /** One hit: its store id (null when the record has none), summary, full record and flavour. */
    public record Hit(String id, ObjectNode summary, Record record, MarcFlavour flavour) {
    }

    /** A page of hits. {@code source} is {@code sru} or {@code local}; {@code query} the CQL sent (SRU only). */
    public record Page(String source, String query, long total, int offset, int limit, List<Hit> hits) {
    }

    /**
     * @param criteria field → user text, blank values ignored, ANDed in map order ({@code q} = any field)
     * @param wantRecords whether full records are needed (local store: parsed from the stored MARCXML)
     */
    public Page search(Map<String, String> criteria, int limit, int offset, boolean wantRecords) {
        Map<String, String> given = new LinkedHashMap<>();
        criteria.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                given.put(k, v.trim());
            }
        });
        if (given.isEmpty()) {
            throw new IllegalArgumentException("give at least one of " + fields());
        }
        return sru != null ? searchSru(given, limit, offset) : searchLocal(given, limit, offset, wantRecords);
    }

    private Page searchSru(Map<String, String> given, int limit, int offset) {
        Map<String, String> byField = new LinkedHashMap<>();
        given.forEach((k, v) -> byField.put("q".equals(k) ? "any" : k, v));
        String cql = sru.cql().allOf(byField).build();
        List<Hit> hits = new ArrayList<>();
        long total;
        if (limit == 0) {
            total = sru.count(cql);
        } else {
            SearchResult page = sru.search(cql, offset + 1, limit);
            total = page.numberOfRecords();
            for (SruRecord r : page.records()) {
                hits.add(hit(r.marc()));
            }
        }
        return new Page("sru", cql, total, offset, limit, hits);
    }

    /** A hit from a record fetched from the catalogue (no store id when it has no 001 / COBISS.SI-ID). */
    static Hit hit(Record marc) {
        if (marc == null) {
            return new Hit(null, CatalogueRecords.JSON.createObjectNode(), null, MarcFlavour.UNKNOWN);
        }
        BibSummary s = CatalogueRecords.summary(marc, null);
        String id;
        try {
            id = CatalogueRecords.idOf(s);
        } catch (CatalogueRecords.UnstorableRecordException e) {
            id = null;
        }
        ObjectNode node = CatalogueRecords.JSON.createObjectNode();
        node.put("id", id);
        node.setAll((ObjectNode) CatalogueRecords.JSON.valueToTree(s));
        return new Hit(id, node, marc, s.flavour());
    }

    private Page searchLocal(Map<String, String> given, int limit, int offset, boolean wantRecords) {
        for (String k : given.keySet()) {
            if (!LOCAL_FIELDS.contains(k)) {
                throw new IllegalArgumentException("the local record store cannot be searched by '" + k
                        + "'; use one of " + new TreeSet<>(LOCAL_FIELDS));
            }
        }
        BibRecordRepository.Query q = new BibRecordRepository.Query(given.get("id"), given.get("title"),
                given.get("author"), given.get("isbn"), given.get("q"));
        long total = store.count(q);
        List<Hit> hits = new ArrayList<>();
        if (limit > 0) {
            for (BibRecord b : store.search(q, limit, offset)) {
                hits.add(hit(b, wantRecords));
            }
        }
        return new Page("local", null, total, offset, limit, hits);
    }

    /** A hit from a stored record. */
    static Hit hit(BibRecord b, boolean wantRecord) {
        ObjectNode node = CatalogueRecords.JSON.createObjectNode();
        node.put("id", b.id());
        try {
            node.setAll((ObjectNode) CatalogueRecords.JSON.readTree(b.summaryJson()));
        } catch (JsonProcessingException e) {
            node.put("title", b.title());
        }
        MarcFlavour f = CatalogueRecords.flavourOf(b);
        return new Hit(b.id(), node, wantRecord ? CatalogueRecords.parse(b) : null,
                f == null ? MarcFlavour.UNKNOWN : f);
    }
}
