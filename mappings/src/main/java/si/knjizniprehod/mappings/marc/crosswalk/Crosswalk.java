package si.knjizniprehod.mappings.marc.crosswalk;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import org.marc4j.marc.impl.ControlFieldImpl;
import org.marc4j.marc.impl.DataFieldImpl;
import org.marc4j.marc.impl.LeaderImpl;
import org.marc4j.marc.impl.RecordImpl;
import org.marc4j.marc.impl.SubfieldImpl;
import si.knjizniprehod.mappings.marc.crosswalk.CrosswalkTable.Cond;
import si.knjizniprehod.mappings.marc.crosswalk.CrosswalkTable.FieldRule;
import si.knjizniprehod.mappings.marc.crosswalk.CrosswalkTable.FixedRule;
import si.knjizniprehod.mappings.marc.crosswalk.CrosswalkTable.Ind;
import si.knjizniprehod.mappings.marc.crosswalk.CrosswalkTable.LeaderRule;
import si.knjizniprehod.mappings.marc.crosswalk.CrosswalkTable.Profile;
import si.knjizniprehod.mappings.marc.crosswalk.CrosswalkTable.Spec;

/**
 * Table-driven crosswalk between UNIMARC and MARC 21 (see {@link CrosswalkTable}). Stateless and thread-safe;
 * the input record is not modified. The generic engine interprets the rules; the few behaviours a table
 * cannot express as code pairs (ISBD punctuation, personal-name inversion, embedded 4XX fields, 801/040
 * agencies, subject source, non-filing characters) are named by options in the table.
 */
public final class Crosswalk {

    /** UNIMARC "non-sorting" markers (NSB/NSE) as they appear in Unicode data: C1 controls 0x88/0x89 and 0x98/0x9C. */
    static final char NSB = '\u0098';
    static final char NSE = '\u009C';

    private static final Comparator<VariableField> BY_TAG = (a, b) -> a.getTag().compareTo(b.getTag());

    private final CrosswalkTable table;
    private final Direction dir;

    public Crosswalk(CrosswalkTable table, Direction dir) {
        this.table = table;
        this.dir = dir;
    }

    public static Crosswalk unimarcToMarc21() {
        return new Crosswalk(CrosswalkTable.standard(), Direction.U2M);
    }

    public static Crosswalk marc21ToUnimarc() {
        return new Crosswalk(CrosswalkTable.standard(), Direction.M2U);
    }

    public Direction direction() {
        return dir;
    }

    /** Converts a record and returns just the result record. */
    public Record apply(Record source) {
        return convert(source).record();
    }

    /** Converts a record, reporting unmapped source fields and warnings. */
    public CrosswalkResult convert(Record src) {
        List<String> unmapped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        RecordImpl out = new RecordImpl();
        out.setLeader(leader(src.getLeader()));
        Set<String> tags = new HashSet<>();
        for (ControlField cf : src.getControlFields()) tags.add(cf.getTag());
        for (DataField df : src.getDataFields()) tags.add(df.getTag());

        List<ControlField> ctrl = new ArrayList<>();
        List<DataField> data = new ArrayList<>();
        for (ControlField cf : src.getControlFields()) {
            FieldRule r = match(cf.getTag(), null, tags);
            if (r == null || !r.control) {
                if (!table.fixedSourceTags(dir).contains(cf.getTag())) note(unmapped, cf.getTag());
                continue;
            }
            ctrl.add(new ControlFieldImpl(r.dstTag == null ? cf.getTag() : r.dstTag, cf.getData()));
        }
        boolean agencyDone = false;
        for (DataField df : src.getDataFields()) {
            FieldRule r = match(df.getTag(), df, tags);
            if (r == null) {
                if (!table.fixedSourceTags(dir).contains(df.getTag())) note(unmapped, df.getTag());
                continue;
            }
            if (r.agency) {
                if (!agencyDone) {
                    agencyDone = true;
                    agency(src, r, data);
                }
                continue;
            }
            DataField o = dir == Direction.U2M ? toMarc(df, r, tags, warnings) : toUnimarc(df, r, warnings);
            if (o != null && !o.getSubfields().isEmpty()) data.add(o);
        }
        fixed(src, ctrl, data);
        ctrl.sort(BY_TAG);
        data.sort(BY_TAG);
        for (ControlField cf : ctrl) out.addVariableField(cf);
        for (DataField df : data) out.addVariableField(df);
        return new CrosswalkResult(out, unmapped, warnings);
    }

    private static void note(List<String> l, String tag) {
        if (l.isEmpty() || !l.get(l.size() - 1).equals(tag)) l.add(tag);
    }

    // ------------------------------------------------------------------ rule matching

    private FieldRule match(String tag, DataField df, Set<String> tags) {
        for (FieldRule r : table.rules(dir, tag)) {
            if (conds(r, df, tags)) return r;
        }
        for (FieldRule r : table.wild.get(dir)) {
            if (tag.startsWith(r.srcTag) && conds(r, df, tags)) return r;
        }
        return null;
    }

    private static boolean conds(FieldRule r, DataField df, Set<String> tags) {
        for (Cond c : r.conds) {
            switch (c.kind()) {
                case "i1": if (df == null || !c.values().contains(String.valueOf(df.getIndicator1()))) return false; break;
                case "i2": if (df == null || !c.values().contains(String.valueOf(df.getIndicator2()))) return false; break;
                case "i1!": if (df != null && c.values().contains(String.valueOf(df.getIndicator1()))) return false; break;
                case "i2!": if (df != null && c.values().contains(String.valueOf(df.getIndicator2()))) return false; break;
                case "has": {
                    boolean any = false;
                    for (String t : c.values()) any |= tags.contains(t);
                    if (!any) return false;
                    break;
                }
                case "!has": for (String t : c.values()) if (tags.contains(t)) return false; break;
                case "!sf": if (df != null && df.getSubfield(c.arg().charAt(0)) != null) return false; break;
                default:
                    if (c.kind().startsWith("sf")) {
                        if (df == null) return false;
                        boolean any = false;
                        for (Subfield s : df.getSubfields(c.kind().charAt(2))) any |= c.values().contains(s.getData().trim());
                        if (!any) return false;
                        break;
                    }
                    throw new IllegalStateException("unknown condition " + c.kind());
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ leader and fixed fields

    private Leader leader(Leader src) {
        char[] t = table.leaderTemplate.get(dir).clone();
        if (src != null) {
            char[] s = si.knjizniprehod.mappings.marc.Leaders.chars(src);
            for (LeaderRule lr : table.leaderRules.get(dir)) {
                char v = s[lr.pos()];
                t[lr.pos()] = op(lr.op(), v, t[lr.pos()]);
            }
        }
        return new LeaderImpl(new String(t));
    }

    private static char op(String op, char v, char dflt) {
        if ("copy".equals(op)) return v;
        if (op.startsWith("const:")) return op.charAt(6) == '#' ? ' ' : op.charAt(6);
        if (op.startsWith("map:")) {
            // "map:a>b,c>d,*>e" scanned in place (no allocation on the hot path)
            char star = dflt;
            for (int i = 4; i + 2 < op.length(); i += 4) {
                char k0 = op.charAt(i);
                char r0 = op.charAt(i + 2);
                char k = k0 == '#' ? ' ' : k0;
                char r = r0 == '#' ? ' ' : r0;
                if (k0 == '*') star = r;
                else if (k == v) return r;
            }
            return star;
        }
        throw new IllegalStateException("unknown op " + op);
    }

    private void fixed(Record src, List<ControlField> ctrl, List<DataField> data) {
        Map<String, String> templates = table.fixedTemplate.get(dir);
        Map<String, char[]> targets = new java.util.LinkedHashMap<>();
        Map<String, String> whole = new java.util.LinkedHashMap<>();
        for (FixedRule fr : table.fixedRules.get(dir)) {
            String sv = sourceValue(src, fr.source());
            if (sv == null) continue;
            Spec tg = fr.target();
            String key = tg.tag() + (tg.code() == 0 ? "" : String.valueOf(tg.code()));
            String value;
            String op = fr.op();
            if (op.equals("copy")) {
                value = sv;
            } else if (op.startsWith("map:")) {
                value = String.valueOf(op(op, sv.isEmpty() ? ' ' : sv.charAt(0), '|'));
            } else if (op.equals("table:country")) {
                value = dir == Direction.U2M ? table.countries.toRight(sv.trim().toUpperCase()) : table.countries.toLeft(sv.trim());
                if (value == null) continue;
            } else if (op.equals("century")) {
                if (sv.length() >= 2 && Character.isDigit(sv.charAt(0)) && Character.isDigit(sv.charAt(1))) {
                    int yy = Integer.parseInt(sv.substring(0, 2));
                    value = (yy <= Year.now().getValue() % 100 ? "20" : "19") + sv;
                } else {
                    value = "  " + sv;
                }
            } else {
                throw new IllegalStateException("unknown fixed op " + op);
            }
            if (tg.from() < 0) {
                if (fr.ifAbsent() && hasField(ctrl, data, tg.tag())) continue;
                whole.putIfAbsent(key, value);
                continue;
            }
            char[] buf = targets.get(key);
            if (buf == null) {
                String tpl = templates.get(key);
                if (tpl == null) throw new IllegalStateException("no template for " + key);
                buf = tpl.toCharArray();
                targets.put(key, buf);
            }
            int w = tg.width();
            for (int i = 0; i < w; i++) buf[tg.from() + i] = i < value.length() ? value.charAt(i) : ' ';
        }
        // create the template-based fields even when no rule fired (the table declares them)
        for (Map.Entry<String, String> e : templates.entrySet()) targets.computeIfAbsent(e.getKey(), k -> e.getValue().toCharArray());
        for (Map.Entry<String, char[]> e : targets.entrySet()) {
            String key = e.getKey();
            String tag = key.substring(0, 3);
            if (key.length() == 3) {
                ctrl.removeIf(c -> c.getTag().equals(tag));
                ctrl.add(new ControlFieldImpl(tag, new String(e.getValue())));
            } else {
                DataFieldImpl df = new DataFieldImpl(tag, ' ', ' ');
                df.addSubfield(new SubfieldImpl(key.charAt(3), new String(e.getValue())));
                data.removeIf(d -> d.getTag().equals(tag));
                data.add(df);
            }
        }
        for (Map.Entry<String, String> e : whole.entrySet()) {
            String key = e.getKey();
            String tag = key.substring(0, 3);
            if (key.length() == 3) {
                ctrl.add(new ControlFieldImpl(tag, e.getValue()));
            } else {
                DataFieldImpl df = new DataFieldImpl(tag, ' ', ' ');
                df.addSubfield(new SubfieldImpl(key.charAt(3), e.getValue()));
                data.add(df);
            }
        }
    }

    private static boolean hasField(List<ControlField> ctrl, List<DataField> data, String tag) {
        for (ControlField c : ctrl) if (c.getTag().equals(tag)) return true;
        for (DataField d : data) if (d.getTag().equals(tag)) return true;
        return false;
    }

    private static String sourceValue(Record r, Spec s) {
        String v = null;
        if (s.code() == 0) {
            for (ControlField cf : r.getControlFields()) {
                if (cf.getTag().equals(s.tag())) { v = cf.getData(); break; }
            }
        } else {
            for (DataField df : r.getDataFields()) {
                if (df.getTag().equals(s.tag())) {
                    Subfield sf = df.getSubfield(s.code());
                    if (sf != null) { v = sf.getData(); break; }
                }
            }
        }
        if (v == null) return null;
        if (s.from() < 0) return v;
        if (v.length() <= s.from()) return null;
        return v.substring(s.from(), Math.min(v.length(), s.to() + 1));
    }

    // ------------------------------------------------------------------ indicators

    private char ind(Ind i, DataField src, Set<String> tags, String nonfilingA) {
        switch (i.kind()) {
            case 'L': return i.literal();
            case 'C': return i.src() == 1 ? src.getIndicator1() : src.getIndicator2();
            case 'M': {
                char v = i.src() == 1 ? src.getIndicator1() : src.getIndicator2();
                Character m = i.map().get(v);
                return m != null ? m : (i.dflt() == 0 ? ' ' : i.dflt());
            }
            case 'F':
                switch (i.func()) {
                    case "addedEntry": return tags.contains("700") || tags.contains("710") || tags.contains("720") ? '1' : '0';
                    case "nonfiling": {
                        int n = nonfilingCount(nonfilingA);
                        return n > 0 && n <= 9 ? (char) ('0' + n) : '0';
                    }
                    case "subject": {
                        Subfield s2 = src.getSubfield('2');
                        if (s2 == null) return '4';
                        return "lcsh".equalsIgnoreCase(s2.getData().trim()) ? '0' : '7';
                    }
                    default: throw new IllegalStateException("unknown indicator function " + i.func());
                }
            default: return ' ';
        }
    }

    private static boolean isNsb(char c) {
        return c == NSB || c == '\u0088';
    }

    private static boolean isNse(char c) {
        return c == NSE || c == '\u0089';
    }

    private static int nonfilingCount(String a) {
        if (a == null || a.isEmpty() || !isNsb(a.charAt(0))) return 0;
        for (int i = 1; i < a.length(); i++) if (isNse(a.charAt(i))) return i - 1;
        return 0;
    }

    private static String stripNonfiling(String s) {
        StringBuilder b = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '\u0088' && c <= '\u009C') break;
            i++;
        }
        if (i == n) return s;
        for (i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isNsb(c) || isNse(c)) {
                if (b == null) { b = new StringBuilder(s.length()); b.append(s, 0, i); }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    // ------------------------------------------------------------------ UNIMARC -> MARC 21

    private DataField toMarc(DataField src, FieldRule r, Set<String> tags, List<String> warnings) {
        List<Subfield> in = r.link ? flattenEmbedded(src) : src.getSubfields();
        if (r.name) in = joinName(in);
        Subfield a0 = src.getSubfield('a');
        String rawA = a0 == null ? null : a0.getData();
        char i1 = ind(r.ind1, src, tags, rawA);
        char i2 = ind(r.ind2, src, tags, rawA);
        DataFieldImpl out = new DataFieldImpl(r.dstTag == null ? src.getTag() : r.dstTag, i1, i2);
        Profile p = table.profile(r.isbd);
        char prevSrc = 0;
        SubfieldImpl last = null;
        SubfieldImpl lastAlpha = null;
        for (Subfield sf : in) {
            char code = sf.getCode();
            char tc = r.first(code);
            if (tc == 0) {
                if (r.keepOthers) tc = code;
                else continue;
            }
            String v = stripNonfiling(sf.getData()); // MARC 21 has no NSB/NSE; 245 carries the count in ind2
            if (r.subject && code == '2' && i2 == '0') continue; // LCSH: source given by ind2 = 0
            if (r.relator && tc == '4') {
                String m = Relators.toMarc(v.trim());
                if (m == null) warnings.add(src.getTag() + "$4 relator code '" + v + "' not in the table; kept");
                else v = m;
            }
            String sep = p == null || last == null ? null : p.sep(code, prevSrc);
            if (last != null && last.getCode() == tc && r.nr.contains(tc)) {
                last.setData(join(last.getData(), sep == null ? " " : sep, v));
            } else {
                if (last != null && sep != null) last.setData(punct(last.getData(), sep.stripTrailing()));
                last = new SubfieldImpl(tc, v);
                out.addSubfield(last);
                if (Character.isLetter(tc)) lastAlpha = last;
            }
            prevSrc = code;
        }
        if (p != null && p.end != null && lastAlpha != null) lastAlpha.setData(endPunct(lastAlpha.getData(), p.end));
        return out;
    }

    private static String join(String a, String sep, String b) {
        String t = sep.trim();
        if (!t.isEmpty() && a.endsWith(t)) return a + (sep.endsWith(" ") ? " " : "") + b;
        return a + sep + b;
    }

    private static String punct(String a, String p) {
        String t = p.trim();
        if (t.isEmpty()) return a;
        if (a.endsWith(t)) return a;
        if (t.equals(".") && (a.endsWith("?") || a.endsWith("!") || a.endsWith("-"))) return a;
        return a + p;
    }

    private static String endPunct(String a, String end) {
        String s = a.stripTrailing();
        if (s.isEmpty()) return a;
        char c = s.charAt(s.length() - 1);
        if (c == '.' || c == '?' || c == '!' || c == '-') return a;
        return s + end;
    }

    /** Personal names: $a entry element + $b rest of name -> "$a Entry, Rest" (UNIMARC -> MARC 21). */
    private static List<Subfield> joinName(List<Subfield> in) {
        List<Subfield> out = new ArrayList<>(in.size());
        SubfieldImpl a = null;
        for (Subfield s : in) {
            if (s.getCode() == 'a' && a == null) {
                a = new SubfieldImpl('a', s.getData());
                out.add(a);
            } else if (s.getCode() == 'b' && a != null) {
                String b = s.getData().trim();
                a.setData(b.startsWith(",") ? a.getData().stripTrailing() + b : a.getData().stripTrailing() + ", " + b);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Flattens UNIMARC 4XX embedded fields ($1 + tag + indicators + subfields) into standard 4XX subfields
     * (table section 'embed'); a field without $1 is returned as it is.
     */
    public List<Subfield> flattenEmbedded(DataField src) {
        List<Subfield> in = src.getSubfields();
        boolean any = false;
        for (Subfield s : in) if (s.getCode() == '1') { any = true; break; }
        if (!any) return in;
        List<Subfield> out = new ArrayList<>();
        String etag = null;
        SubfieldImpl lastA = null;
        for (Subfield s : in) {
            String d = s.getData();
            if (s.getCode() == '1') {
                if (d.length() < 3) { etag = null; continue; }
                etag = d.substring(0, 3);
                if (etag.startsWith("00")) {
                    Character c = table.embed.get(etag);
                    if (c != null) out.add(new SubfieldImpl(c, d.substring(3)));
                    etag = null;
                }
                lastA = null;
                continue;
            }
            if (etag == null) {
                out.add(s);
                continue;
            }
            if (etag.startsWith("70") && s.getCode() == 'b' && lastA != null) {
                String b = d.trim();
                lastA.setData(b.startsWith(",") ? lastA.getData().stripTrailing() + b : lastA.getData().stripTrailing() + ", " + b);
                continue;
            }
            Character c = table.embed.get(etag + s.getCode());
            if (c == null) continue;
            SubfieldImpl n = new SubfieldImpl(c, d);
            if (c == 'a') lastA = n;
            out.add(n);
        }
        return out;
    }

    // ------------------------------------------------------------------ MARC 21 -> UNIMARC

    private DataField toUnimarc(DataField src, FieldRule r, List<String> warnings) {
        char i1 = ind(r.ind1, src, Set.of(), null);
        char i2 = ind(r.ind2, src, Set.of(), null);
        DataFieldImpl out = new DataFieldImpl(r.dstTag == null ? src.getTag() : r.dstTag, i1, i2);
        Profile p = table.profile(r.isbd);
        String pending = null;
        List<Subfield> sfs = src.getSubfields();
        int n = sfs.size();
        int lastAlpha = -1;
        for (int k = 0; k < n; k++) if (Character.isLetter(sfs.get(k).getCode())) lastAlpha = k;
        for (int k = 0; k < n; k++) {
            Subfield sf = sfs.get(k);
            char code = sf.getCode();
            List<Character> cands = r.map.get(code);
            if (cands == null) {
                if (!r.keepOthers) continue;
                cands = List.of(code);
            }
            String v = sf.getData();
            String stripped = null;
            if (p != null) {
                String[] res = stripSep(v, p, k == lastAlpha);
                v = res[0];
                stripped = res[1];
            }
            char first = cands.get(0);
            if (cands.size() > 1 && pending != null && p != null) {
                for (char c : cands) {
                    String s = p.sep.get(c);
                    if (s != null && s.trim().equals(pending)) { first = c; break; }
                }
            }
            if (p != null && r.nr.contains(code)) {
                splitInto(out, v, first, cands, p, r, warnings);
            } else {
                add(out, first, v, r, warnings);
            }
            pending = stripped;
        }
        if (r.subject && src.getIndicator2() == '0' && out.getSubfield('2') == null) out.addSubfield(new SubfieldImpl('2', "lcsh"));
        if (r.name) splitName(out);
        if (r.nonfiling) {
            char ind2 = src.getIndicator2();
            Subfield a = out.getSubfield('a');
            if (a != null && ind2 >= '1' && ind2 <= '9') {
                int k = ind2 - '0';
                String d = a.getData();
                if (d.length() > k) a.setData(NSB + d.substring(0, k) + NSE + d.substring(k));
            }
        }
        return out;
    }

    private static void add(DataFieldImpl out, char code, String v, FieldRule r, List<String> warnings) {
        if (r.relator && code == '4') {
            String m = Relators.toUnimarc(v.trim());
            if (m == null) warnings.add(out.getTag() + "$4 relator code '" + v + "' not in the table; kept");
            else v = m;
        }
        if (r.isbd != null) v = v.strip();
        if (v.isEmpty()) return;
        out.addSubfield(new SubfieldImpl(code, v));
    }

    /** Splits a merged MARC 21 subfield at the ISBD separators of its candidate UNIMARC codes. */
    private static void splitInto(DataFieldImpl out, String v, char first, List<Character> cands, Profile p, FieldRule r,
                                  List<String> warnings) {
        int pos = 0;
        char code = first;
        while (true) {
            int best = -1;
            char bestCode = 0;
            String bestSep = null;
            for (char c : cands) {
                String s = p.sep.get(c);
                if (s == null || s.trim().isEmpty()) continue;
                int i = v.indexOf(s, pos);
                if (i > 0 && (best < 0 || i < best)) { best = i; bestCode = c; bestSep = s; }
            }
            if (best < 0) {
                add(out, code, v.substring(pos).trim(), r, warnings);
                return;
            }
            add(out, code, v.substring(pos, best).trim(), r, warnings);
            pos = best + bestSep.length();
            code = bestCode;
        }
    }

    /** Strips one trailing ISBD separator; returns {value, trimmed separator or null}. */
    private static String[] stripSep(String v, Profile p, boolean lastSubfield) {
        String s = v.stripTrailing();
        String found = null;
        for (String sep : p.sep.values()) {
            String t = sep.trim();
            if (t.isEmpty()) continue;
            if (s.endsWith(t) && (found == null || t.length() > found.length())) found = t;
        }
        if (found == null && p.end != null && lastSubfield && s.endsWith(p.end.trim())) found = p.end.trim();
        if (found == null) return new String[] {v, null};
        return new String[] {s.substring(0, s.length() - found.length()).stripTrailing(), found};
    }

    /** Personal names: "$a Entry, Rest" -> $a Entry $b Rest (MARC 21 -> UNIMARC). */
    private static void splitName(DataFieldImpl out) {
        Subfield a = out.getSubfield('a');
        if (a == null) return;
        String d = a.getData();
        int c = d.indexOf(", ");
        if (c <= 0) return;
        a.setData(d.substring(0, c));
        String rest = d.substring(c + 2).trim();
        if (rest.endsWith(",")) rest = rest.substring(0, rest.length() - 1);
        List<Subfield> sfs = out.getSubfields();
        int idx = sfs.indexOf(a);
        out.addSubfield(idx + 1, new SubfieldImpl('b', rest));
    }

    // ------------------------------------------------------------------ 801 <-> 040

    private void agency(Record src, FieldRule r, List<DataField> data) {
        if (dir == Direction.U2M) {
            DataFieldImpl o = new DataFieldImpl("040", ' ', ' ');
            String rules = null;
            for (DataField f : src.getDataFields()) {
                if (!f.getTag().equals(r.srcTag)) continue;
                Character code = table.agencyU2M.get(f.getIndicator2());
                Subfield b = f.getSubfield('b');
                if (code != null && b != null) o.addSubfield(new SubfieldImpl(code, b.getData()));
                Subfield g = f.getSubfield('g');
                if (g != null && rules == null) rules = g.getData();
            }
            if (rules != null) o.addSubfield(new SubfieldImpl('e', rules));
            List<Subfield> sorted = new ArrayList<>(o.getSubfields());
            sorted.sort(Comparator.comparing(Subfield::getCode));
            DataFieldImpl s = new DataFieldImpl("040", ' ', ' ');
            for (Subfield x : sorted) s.addSubfield(x);
            if (!s.getSubfields().isEmpty()) data.add(s);
        } else {
            DataFieldImpl firstOut = null;
            for (DataField f : src.getDataFields()) {
                if (!f.getTag().equals(r.srcTag)) continue;
                for (Subfield s : f.getSubfields()) {
                    Character ind2 = table.agencyM2U.get(s.getCode());
                    if (ind2 != null) {
                        DataFieldImpl o = new DataFieldImpl("801", ' ', ind2);
                        o.addSubfield(new SubfieldImpl('b', s.getData()));
                        data.add(o);
                        if (firstOut == null) firstOut = o;
                    } else if (s.getCode() == 'e' && firstOut != null) {
                        firstOut.addSubfield(new SubfieldImpl('g', s.getData()));
                    }
                }
            }
        }
    }
}
