package si.knjizniprehod.connectors.sru;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import org.w3c.dom.Element;

/**
 * Turns holdings data into {@link Holding}s, one per library, in the order the libraries first appear.
 *
 * <ul>
 *   <li><b>MARC 21</b>: every 852 (configurable) is one copy of the library named by the first present
 *       library subfield ($a, else $b); several 852 with the same library and the same $t copy number count
 *       once. Call number: $k $h $i $m joined with spaces.</li>
 *   <li><b>UNIMARC / COBISS-style</b>: the local field (996 by default) per copy; library from $5, call
 *       number from $d, copy identity (inventory number) from $f. Tag and subfields are configurable.</li>
 *   <li><b>opacxml</b> (YAZ OPAC record, as an SRU holdings schema): each {@code holding} is one library
 *       ({@code nucCode}, else {@code localLocation}); copies = its {@code circulation} entries (at least 1);
 *       call number = {@code callNumber}.</li>
 * </ul>
 */
public final class HoldingsExtractor {

    private final CatalogueConfig.HoldingsFieldSpec marc21;
    private final CatalogueConfig.HoldingsFieldSpec unimarc;

    public HoldingsExtractor(CatalogueConfig config) {
        this(config.marc21Holdings(), config.unimarcHoldings());
    }

    public HoldingsExtractor(CatalogueConfig.HoldingsFieldSpec marc21, CatalogueConfig.HoldingsFieldSpec unimarc) {
        this.marc21 = marc21;
        this.unimarc = unimarc;
    }

    /** Holdings from the local fields of a bibliographic record. */
    public List<Holding> fromRecord(Record record, MarcFlavour flavour) {
        if (record == null) {
            return List.of();
        }
        return fromFields(record, flavour == MarcFlavour.UNIMARC ? unimarc : marc21);
    }

    /**
     * Holdings from one record of an SRU holdings schema: a YAZ {@code opacxml} record, or MARCXML with local
     * holdings fields (read with the given flavour's field spec).
     */
    public List<Holding> fromSchemaRecord(SruRecord rec, MarcFlavour flavour) {
        if (rec.rawXml() == null || rec.rawXml().isBlank()) {
            return List.of();
        }
        Element root = SruResponseParser.parseElement(rec.rawXml());
        if ("opacRecord".equals(SruResponseParser.local(root))) {
            return fromOpac(root);
        }
        return fromRecord(rec.marc(), flavour);
    }

    /** Holdings from a YAZ opacxml {@code opacRecord} element. */
    public List<Holding> fromOpac(Element opacRecord) {
        Aggregator agg = new Aggregator();
        Element holdings = SruResponseParser.child(opacRecord, "holdings");
        for (Element h : SruResponseParser.children(holdings, "holding")) {
            String lib = SruResponseParser.text(SruResponseParser.child(h, "nucCode"));
            if (lib == null) {
                lib = SruResponseParser.text(SruResponseParser.child(h, "localLocation"));
            }
            if (lib == null) {
                continue;
            }
            String call = SruResponseParser.text(SruResponseParser.child(h, "callNumber"));
            int circ = SruResponseParser.children(SruResponseParser.child(h, "circulations"), "circulation").size();
            agg.add(lib, Math.max(1, circ), call, null);
        }
        return agg.result();
    }

    private List<Holding> fromFields(Record record, CatalogueConfig.HoldingsFieldSpec spec) {
        Aggregator agg = new Aggregator();
        for (VariableField vf : record.getVariableFields(spec.tag())) {
            if (!(vf instanceof DataField df)) {
                continue;
            }
            String lib = firstOf(df, spec.librarySubfields());
            if (lib == null) {
                continue;
            }
            String call = joined(df, spec.callNumberSubfields());
            String copy = spec.copySubfield().isEmpty() ? null : firstOf(df, spec.copySubfield());
            agg.add(lib, 1, call, copy);
        }
        return agg.result();
    }

    private static String firstOf(DataField df, String codes) {
        for (char c : codes.toCharArray()) {
            Subfield sf = df.getSubfield(c);
            if (sf != null && sf.getData() != null && !sf.getData().isBlank()) {
                return sf.getData().trim();
            }
        }
        return null;
    }

    private static String joined(DataField df, String codes) {
        StringBuilder sb = new StringBuilder();
        for (char c : codes.toCharArray()) {
            for (Subfield sf : df.getSubfields(c)) {
                String d = sf.getData() == null ? "" : sf.getData().trim();
                if (!d.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(d);
                }
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Sums copies per library; a repeated (library, copy id) pair counts once. */
    private static final class Aggregator {
        private final Map<String, int[]> copies = new LinkedHashMap<>();
        private final Map<String, String> calls = new LinkedHashMap<>();
        private final Set<String> seenCopies = new HashSet<>();

        void add(String lib, int n, String call, String copyId) {
            if (copyId != null && !seenCopies.add(lib + '\u0000' + copyId)) {
                return;
            }
            copies.computeIfAbsent(lib, k -> new int[1])[0] += n;
            if (call != null) {
                calls.putIfAbsent(lib, call);
            }
        }

        List<Holding> result() {
            List<Holding> out = new ArrayList<>();
            copies.forEach((lib, n) -> out.add(new Holding(lib, n[0], calls.get(lib))));
            return List.copyOf(out);
        }
    }
}
