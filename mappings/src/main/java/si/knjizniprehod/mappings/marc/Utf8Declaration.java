package si.knjizniprehod.mappings.marc;

import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/** Helpers shared by the writers: leader rendering and the UTF-8 declaration. */
final class Utf8Declaration {

    private Utf8Declaration() {
    }

    /** The leader as 24 characters, with leader/09 = 'a' when declaring UTF-8 for MARC 21. */
    static char[] leader(Record r, MarcFlavour flavour, boolean declare) {
        Leader l = r.getLeader();
        char[] c = new char[24];
        if (l == null) {
            "00000nam a2200000 i 4500".getChars(0, 24, c, 0);
            if (flavour == MarcFlavour.UNIMARC) c[9] = ' ';
            return c;
        }
        num(c, 0, 5, l.getRecordLength());
        c[5] = l.getRecordStatus();
        c[6] = l.getTypeOfRecord();
        char[] i1 = l.getImplDefined1();
        c[7] = i1 != null && i1.length > 0 ? i1[0] : ' ';
        c[8] = i1 != null && i1.length > 1 ? i1[1] : ' ';
        c[9] = l.getCharCodingScheme();
        c[10] = digit(l.getIndicatorCount());
        c[11] = digit(l.getSubfieldCodeLength());
        num(c, 12, 5, l.getBaseAddressOfData());
        char[] i2 = l.getImplDefined2();
        for (int i = 0; i < 3; i++) c[17 + i] = i2 != null && i2.length > i ? i2[i] : ' ';
        char[] em = l.getEntryMap();
        for (int i = 0; i < 4; i++) c[20 + i] = em != null && em.length > i ? em[i] : ' ';
        for (int i = 0; i < 24; i++) if (c[i] == 0) c[i] = ' ';
        if (declare && flavour != MarcFlavour.UNIMARC) c[9] = 'a';
        return c;
    }

    private static char digit(int v) {
        return v >= 0 && v <= 9 ? (char) ('0' + v) : '0';
    }

    static void num(char[] c, int off, int w, int v) {
        for (int i = off + w - 1; i >= off; i--) {
            c[i] = (char) ('0' + (v % 10));
            v /= 10;
        }
    }

    /** The value to write for a subfield: UNIMARC 100$a gets "50  " at 26-29 when declaring UTF-8. */
    static String value(DataField f, Subfield sf, MarcFlavour flavour, boolean declare) {
        String d = sf.getData();
        if (declare && flavour == MarcFlavour.UNIMARC && sf.getCode() == 'a' && "100".equals(f.getTag())
                && d.length() >= 30 && !d.startsWith("50  ", 26)) {
            return d.substring(0, 26) + "50  " + d.substring(30);
        }
        return d;
    }

    static MarcFlavour flavour(Record r, WriteOptions o) {
        if (o.flavour() != null) return o.flavour();
        return MarcFlavour.detect(r);
    }
}
