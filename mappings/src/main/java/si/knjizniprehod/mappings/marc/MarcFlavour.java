package si.knjizniprehod.mappings.marc;

import java.util.List;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/** The bibliographic format family of a record. COMARC exported by COBISS arrives as UNIMARC. */
public enum MarcFlavour {
    MARC21, UNIMARC, UNKNOWN;

    /**
     * Heuristic flavour of a record from its tags: 245/008/040/260/264 speak for MARC 21, 200/101/210/215/801
     * (and a 100 data field with a 36-character $a) for UNIMARC. Ties fall back to leader/18 and to the
     * presence of a 100 field with subfield $a of fixed length; a record with none of these is UNKNOWN.
     */
    public static MarcFlavour detect(Record record) {
        int marc = 0;
        int uni = 0;
        for (ControlField cf : record.getControlFields()) {
            if ("008".equals(cf.getTag())) marc += 3;
        }
        for (DataField df : record.getDataFields()) {
            switch (df.getTag()) {
                case "245": marc += 4; break;
                case "040": case "260": case "264": case "300": case "020": case "022": case "650": marc += 1; break;
                case "200": uni += 4; break;
                case "101": case "210": case "215": case "801": case "606": case "010": case "011": case "675": uni += 1; break;
                case "100": {
                    var a = df.getSubfield('a');
                    if (a != null && a.getData().length() >= 34 && df.getSubfields().size() == 1) uni += 2;
                    break;
                }
                default:
            }
        }
        if (marc > uni) return MARC21;
        if (uni > marc) return UNIMARC;
        return UNKNOWN;
    }

    /** The same heuristic on a list of tags (used on an ISO 2709 directory before any decoding). */
    public static MarcFlavour detectFromTags(List<String> tags) {
        int marc = 0;
        int uni = 0;
        for (String t : tags) {
            switch (t) {
                case "008": marc += 3; break;
                case "245": marc += 4; break;
                case "040": case "260": case "264": case "300": case "020": case "022": case "650": marc += 1; break;
                case "200": uni += 4; break;
                case "101": case "210": case "215": case "801": case "606": case "010": case "011": case "675": uni += 1; break;
                default:
            }
        }
        if (marc > uni) return MARC21;
        if (uni > marc) return UNIMARC;
        return UNKNOWN;
    }
}
