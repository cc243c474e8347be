package si.knjizniprehod.mappings.marc;

import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;

/** Leader helpers that avoid Marc4J's formatting-based {@code Leader.marshal()} on hot paths. */
public final class Leaders {

    private Leaders() {
    }

    /** The 24 leader characters of a record as they are (no charset declaration applied). */
    public static char[] chars(Leader l) {
        if (l == null) return "00000nam a2200000 i 4500".toCharArray();
        Record r = new org.marc4j.marc.impl.RecordImpl();
        r.setLeader(l);
        return Utf8Declaration.leader(r, MarcFlavour.UNKNOWN, false);
    }
}
