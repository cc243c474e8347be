package si.knjizniprehod.routes.catalogue;

import org.marc4j.marc.Record;
import si.knjizniprehod.connectors.sru.CatalogueConfig;
import si.knjizniprehod.connectors.sru.Holding;
import si.knjizniprehod.connectors.sru.HoldingsExtractor;
import si.knjizniprehod.connectors.sru.SearchResult;
import si.knjizniprehod.connectors.sru.SruClient;
import si.knjizniprehod.connectors.sru.SruRecord;
import si.knjizniprehod.core.catalogue.BibRecord;
import si.knjizniprehod.core.catalogue.BibRecordRepository;
import si.knjizniprehod.mappings.marc.MarcFlavour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which libraries hold a title, and how many copies: the SRU catalogue's holdings (852 / 996-style local fields
 * or a holdings schema, see docs/sru.md), or, without a configured catalogue, the local fields of the stored
 * record. A plain bean: the ILL rota calls {@link #byId(String)}.
 */
public final class CatalogueHoldings {
    private final SruClient sru;
    private final CatalogueStore store;
    private final HoldingsExtractor localExtractor;

    public CatalogueHoldings(SruClient sru, CatalogueStore store, Map<String, String> catalogueProperties) {
        this.sru = sru;
        this.store = store;
        Map<String, String> p = new HashMap<>(catalogueProperties);
        if (sru == null) { // only the holdings field specs are used; the URL is never contacted
            p.put(CatalogueConfig.URL, "http://127.0.0.1/unused");
        }
        this.localExtractor = sru != null ? sru.holdingsExtractor() : new HoldingsExtractor(CatalogueConfig.fromProperties(p));
    }

    /** The holdings of one title. {@code libraries} is empty when no library holds it. */
    public record TitleHoldings(String id, String title, int totalCopies, List<Holding> libraries) {
    }

    /** Holdings of the record with this id; empty when there is no such record. */
    public Optional<TitleHoldings> byId(String id) {
        if (sru != null) {
            SearchResult r = sru.search(sru.cql().where("id", id).build(), 1, 1);
            if (r.records().isEmpty()) {
                return Optional.empty();
            }
            SruRecord rec = r.records().get(0);
            return Optional.of(of(rec.marc(), sru.holdings(rec)));
        }
        return store.find(id).map(this::local);
    }

    /** Holdings of every record (at most {@code max}) with this ISBN, one entry per record. */
    public List<TitleHoldings> byIsbn(String isbn, int max) {
        List<TitleHoldings> out = new ArrayList<>();
        if (sru != null) {
            for (SruRecord rec : sru.search(sru.cql().where("isbn", isbn).build(), 1, max).records()) {
                out.add(of(rec.marc(), sru.holdings(rec)));
            }
            return out;
        }
        for (BibRecord b : store.search(new BibRecordRepository.Query(null, null, null, isbn, null), max, 0)) {
            out.add(local(b));
        }
        return out;
    }

    private TitleHoldings local(BibRecord b) {
        Record r = CatalogueRecords.parse(b);
        MarcFlavour f = CatalogueRecords.flavourOf(b);
        if (f == null) {
            f = MarcFlavour.detect(r);
        }
        List<Holding> h = localExtractor.fromRecord(r, f == MarcFlavour.UNIMARC
                ? si.knjizniprehod.connectors.sru.MarcFlavour.UNIMARC : si.knjizniprehod.connectors.sru.MarcFlavour.MARC21);
        return new TitleHoldings(b.id(), b.title(), h.stream().mapToInt(Holding::copies).sum(), h);
    }

    private static TitleHoldings of(Record marc, List<Holding> h) {
        CatalogueSearch.Hit hit = CatalogueSearch.hit(marc);
        String title = hit.summary().hasNonNull("title") ? hit.summary().get("title").asText() : null;
        return new TitleHoldings(hit.id(), title, h.stream().mapToInt(Holding::copies).sum(), h);
    }
}
