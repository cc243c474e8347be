package si.knjizniprehod.mappings.bib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import si.knjizniprehod.mappings.marc.MarcFlavour;

/** Builds {@link BibSummary} from UNIMARC or MARC 21 records. */
public final class BibSummaries {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");
    private static final Pattern COBISS = Pattern.compile("(?i)(?:\\(SI-MaCOB\\)|COBISS\\.SI-ID[:\\s]*|COBISS[^0-9]*)(\\d+)");

    private BibSummaries() {
    }

    /** Summary with the flavour detected from the record. Records of unknown flavour are read as MARC 21. */
    public static BibSummary of(Record r) {
        MarcFlavour f = MarcFlavour.detect(r);
        return f == MarcFlavour.UNIMARC ? fromUnimarc(r) : fromMarc21(r);
    }

    public static BibSummary of(Record r, MarcFlavour flavour) {
        return flavour == MarcFlavour.UNIMARC ? fromUnimarc(r) : fromMarc21(r);
    }

    // ------------------------------------------------------------------ UNIMARC

    public static BibSummary fromUnimarc(Record r) {
        DataField t = first(r, "200");
        String title = null;
        String rem = null;
        String resp = null;
        if (t != null) {
            StringBuilder tb = new StringBuilder();
            List<String> other = new ArrayList<>();
            List<String> rs = new ArrayList<>();
            char prev = 0;
            for (Subfield s : t.getSubfields()) {
                String v = strip(s.getData());
                if (v.isEmpty()) continue;
                switch (s.getCode()) {
                    case 'a': if (tb.length() == 0) tb.append(stripTitle(v)); break;
                    case 'h': tb.append(tb.length() == 0 ? "" : ". ").append(stripTitle(v)); break;
                    case 'i': tb.append(tb.length() == 0 ? "" : prev == 'h' ? ", " : ". ").append(stripTitle(v)); break;
                    case 'e': case 'd': other.add(v); break;
                    case 'f': case 'g': rs.add(v); break;
                    default:
                }
                prev = s.getCode();
            }
            title = tb.length() == 0 ? null : tb.toString();
            rem = other.isEmpty() ? null : String.join(" : ", other);
            resp = rs.isEmpty() ? null : String.join(" ; ", rs);
        }
        List<String> authors = new ArrayList<>();
        for (String tag : new String[] {"700", "710", "720", "701", "702", "711", "712", "721", "722"}) {
            for (DataField f : fields(r, tag)) {
                String a = sub(f, 'a');
                if (a == null) continue;
                String b = sub(f, 'b');
                String name = strip(a);
                if (b != null && !strip(b).isEmpty()) {
                    String bb = strip(b);
                    boolean personal = tag.startsWith("70") || tag.startsWith("72");
                    if (bb.startsWith(",") || bb.startsWith(".")) bb = bb.substring(1).trim();
                    name = personal ? name + ", " + bb : name + ". " + bb;
                }
                authors.add(name);
            }
        }
        DataField pub = first(r, "210");
        if (pub == null) pub = first(r, "214");
        String year = null;
        String publisher = null;
        String place = null;
        if (pub != null) {
            publisher = stripOrNull(sub(pub, 'c'));
            place = stripOrNull(sub(pub, 'a'));
            year = year(sub(pub, 'd'));
        }
        if (year == null) {
            String a100 = sub(first(r, "100"), 'a');
            if (a100 != null && a100.length() >= 13) year = year(a100.substring(9, 13));
        }
        List<String> langs = new ArrayList<>();
        for (DataField f : fields(r, "101")) for (Subfield s : f.getSubfields('a')) addClean(langs, s.getData());
        return new BibSummary(controlNumber(r), cobissId(r), MarcFlavour.UNIMARC, title, rem, resp, authors, year,
                publisher, place, firstTokens(r, "010", 'a'), firstTokens(r, "011", 'a'), langs,
                materialType(r.getLeader(), true), all(r, "675", 'a'));
    }

    // ------------------------------------------------------------------ MARC 21

    public static BibSummary fromMarc21(Record r) {
        DataField t = first(r, "245");
        String title = null;
        String rem = null;
        String resp = null;
        if (t != null) {
            StringBuilder tb = new StringBuilder();
            List<String> rems = new ArrayList<>();
            List<String> rs = new ArrayList<>();
            char prev = 0;
            for (Subfield s : t.getSubfields()) {
                String v = strip(s.getData());
                if (v.isEmpty()) continue;
                switch (s.getCode()) {
                    case 'a': tb.append(stripTitle(v)); break;
                    case 'n': tb.append(tb.length() == 0 ? "" : ". ").append(stripTitle(v)); break;
                    case 'p': tb.append(tb.length() == 0 ? "" : prev == 'n' ? ", " : ". ").append(stripTitle(v)); break;
                    case 'b': rems.add(v); break;
                    case 'c': rs.add(v); break;
                    default:
                }
                prev = s.getCode();
            }
            title = tb.length() == 0 ? null : tb.toString();
            rem = rems.isEmpty() ? null : String.join(" : ", rems);
            resp = rs.isEmpty() ? null : String.join(" ; ", rs);
        }
        List<String> authors = new ArrayList<>();
        for (String tag : new String[] {"100", "110", "111", "700", "710", "711"}) {
            for (DataField f : fields(r, tag)) {
                String a = sub(f, 'a');
                if (a == null) continue;
                String name = strip(a);
                String b = sub(f, tag.equals("111") || tag.equals("711") ? 'e' : 'b');
                if (b != null && tag.charAt(1) == '1') name = name + ". " + strip(b);
                authors.add(name);
            }
        }
        DataField pub = null;
        for (DataField f : fields(r, "264")) if (f.getIndicator2() == '1') { pub = f; break; }
        if (pub == null) pub = first(r, "260");
        String year = null;
        String publisher = null;
        String place = null;
        if (pub != null) {
            publisher = stripOrNull(sub(pub, 'b'));
            place = stripOrNull(sub(pub, 'a'));
            year = year(sub(pub, 'c'));
        }
        String f008 = null;
        for (ControlField cf : r.getControlFields()) if ("008".equals(cf.getTag())) f008 = cf.getData();
        if (year == null && f008 != null && f008.length() >= 11) year = year(f008.substring(7, 11));
        List<String> langs = new ArrayList<>();
        for (DataField f : fields(r, "041")) for (Subfield s : f.getSubfields('a')) addClean(langs, s.getData());
        if (langs.isEmpty() && f008 != null && f008.length() >= 38) {
            String l = f008.substring(35, 38).trim();
            if (!l.isEmpty() && !"|||".equals(l) && !l.contains("|")) langs.add(l);
        }
        return new BibSummary(controlNumber(r), cobissId(r), MarcFlavour.MARC21, title, rem, resp, authors, year,
                publisher, place, firstTokens(r, "020", 'a'), firstTokens(r, "022", 'a'), langs,
                materialType(r.getLeader(), false), stripAll(all(r, "080", 'a')));
    }

    // ------------------------------------------------------------------ helpers

    static MaterialType materialType(Leader l, boolean unimarc) {
        if (l == null) return MaterialType.OTHER;
        char type = l.getTypeOfRecord();
        char[] i1 = l.getImplDefined1();
        char level = i1 != null && i1.length > 0 ? i1[0] : 'm';
        switch (type) {
            case 'a':
                if (level == 's' || level == 'i') return MaterialType.SERIAL;
                if (level == 'a' || level == 'b') return MaterialType.ARTICLE;
                return MaterialType.BOOK;
            case 'b': return unimarc ? MaterialType.MANUSCRIPT : MaterialType.OTHER;
            case 't': return MaterialType.MANUSCRIPT;
            case 'c': case 'd': return MaterialType.MUSIC_SCORE;
            case 'e': case 'f': return MaterialType.MAP;
            case 'g': return MaterialType.VIDEO;
            case 'i': return MaterialType.SOUND_RECORDING;
            case 'j': return MaterialType.MUSIC_RECORDING;
            case 'k': return MaterialType.GRAPHIC;
            case 'l': return unimarc ? MaterialType.ELECTRONIC : MaterialType.OTHER;
            case 'm': return unimarc ? MaterialType.MULTIMEDIA : MaterialType.ELECTRONIC;
            case 'o': case 'p': return MaterialType.MULTIMEDIA;
            case 'r': return MaterialType.OBJECT;
            default: return MaterialType.OTHER;
        }
    }

    static String cobissId(Record r) {
        for (DataField f : fields(r, "035")) {
            for (Subfield s : f.getSubfields('a')) {
                Matcher m = COBISS.matcher(s.getData());
                if (m.find()) return m.group(1);
            }
        }
        String c003 = null;
        for (ControlField cf : r.getControlFields()) if ("003".equals(cf.getTag())) c003 = cf.getData();
        if (c003 != null && c003.toLowerCase(Locale.ROOT).contains("cobiss")) return controlNumber(r);
        return null;
    }

    private static String controlNumber(Record r) {
        for (ControlField cf : r.getControlFields()) if ("001".equals(cf.getTag())) return cf.getData().trim();
        return null;
    }

    private static String year(String s) {
        if (s == null) return null;
        Matcher m = YEAR.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static DataField first(Record r, String tag) {
        for (DataField f : r.getDataFields()) if (f.getTag().equals(tag)) return f;
        return null;
    }

    private static List<DataField> fields(Record r, String tag) {
        List<DataField> l = new ArrayList<>();
        for (DataField f : r.getDataFields()) if (f.getTag().equals(tag)) l.add(f);
        return l;
    }

    private static String sub(DataField f, char c) {
        if (f == null) return null;
        Subfield s = f.getSubfield(c);
        return s == null ? null : s.getData();
    }

    private static List<String> all(Record r, String tag, char code) {
        List<String> l = new ArrayList<>();
        for (DataField f : fields(r, tag)) for (Subfield s : f.getSubfields(code)) addClean(l, s.getData());
        return l;
    }

    private static List<String> firstTokens(Record r, String tag, char code) {
        List<String> l = new ArrayList<>();
        for (String v : all(r, tag, code)) {
            String tok = v.trim().split("\\s+")[0];
            tok = tok.replaceAll("[:;,.]+$", "");
            if (!tok.isEmpty()) l.add(tok);
        }
        return l;
    }

    private static List<String> stripAll(List<String> in) {
        List<String> l = new ArrayList<>();
        for (String s : in) {
            String v = strip(s);
            if (!v.isEmpty()) l.add(v);
        }
        return l;
    }

    private static void addClean(List<String> l, String v) {
        String c = clean(v);
        if (!c.isEmpty()) l.add(c);
    }

    /** Removes UNIMARC non-sorting markers and surrounding blanks. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0088' || c == '\u0089' || c == '\u0098' || c == '\u009C') continue;
            b.append(c);
        }
        return b.toString().trim();
    }

    /** Removes trailing ISBD punctuation (" /", " :", " ;", " =", ",", and "." unless it ends a one-letter initial). */
    static String strip(String s) {
        String v = clean(s);
        while (!v.isEmpty()) {
            char c = v.charAt(v.length() - 1);
            if (c == '/' || c == ':' || c == ';' || c == '=' || c == ',') {
                v = v.substring(0, v.length() - 1).trim();
            } else if (c == '.' && !initialOrAbbrev(v)) {
                v = v.substring(0, v.length() - 1).trim();
            } else {
                break;
            }
        }
        return v;
    }

    private static boolean initialOrAbbrev(String v) {
        // "Smith, J." keeps its period; abbreviations ("Inc.") lose it on both flavours alike
        int sp = Math.max(v.lastIndexOf(' '), v.lastIndexOf(','));
        String lastWord = v.substring(sp + 1, v.length() - 1);
        return lastWord.length() == 1 && Character.isLetter(lastWord.charAt(0));
    }

    /** Title parts: a final period is always ISBD punctuation ("Environment & planning. A."). */
    static String stripTitle(String s) {
        String v = strip(s);
        while (v.endsWith(".")) v = strip(v.substring(0, v.length() - 1));
        return v;
    }

    private static String stripOrNull(String s) {
        String v = strip(s);
        return v.isEmpty() ? null : v;
    }
}
