package si.knjizniprehod.mappings.marc.crosswalk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The crosswalk rules as data, parsed from a tab-separated table (default resource
 * {@code unimarc-marc21.tsv}; format in docs/marc.md). Immutable after loading; shared by all crosswalks.
 */
public final class CrosswalkTable {

    /** One leader position rule. */
    record LeaderRule(int pos, String op) {
    }

    /** One fixed-field rule: target and source specs and an operation. */
    record FixedRule(Spec target, Spec source, String op, boolean ifAbsent) {
    }

    /** A position spec like {@code 008/07-10}, {@code 100a/09-12}, {@code 102a}. */
    record Spec(String tag, char code, int from, int to) {
        static Spec parse(String s) {
            String t = s;
            int from = -1;
            int to = -1;
            int slash = s.indexOf('/');
            if (slash > 0) {
                t = s.substring(0, slash);
                String p = s.substring(slash + 1);
                int dash = p.indexOf('-');
                from = Integer.parseInt(dash > 0 ? p.substring(0, dash) : p);
                to = dash > 0 ? Integer.parseInt(p.substring(dash + 1)) : from;
            }
            char code = t.length() > 3 ? t.charAt(3) : 0;
            return new Spec(t.substring(0, 3), code, from, to);
        }

        int width() {
            return from < 0 ? -1 : to - from + 1;
        }
    }

    /** A condition on the source field. */
    record Cond(String kind, String arg, Set<String> values) {
    }

    /** Indicator spec. */
    record Ind(char kind, char literal, int src, Map<Character, Character> map, char dflt, String func) {
        // kind: 'L' literal, 'C' copy, 'M' map, 'F' function, 'N' none (control field)
    }

    /** One directed field rule. */
    static final class FieldRule {
        Direction dir;
        String srcTag;           // exact, or prefix for wildcards like 9XX -> "9"
        boolean wildcard;
        List<Cond> conds = List.of();
        String dstTag;           // null = keep source tag
        Ind ind1;
        Ind ind2;
        Map<Character, List<Character>> map = new LinkedHashMap<>(); // source code -> target codes (first used U2M)
        boolean keepOthers;
        Set<Character> nr = Set.of(); // non-repeatable MARC 21 codes (merge/split)
        String isbd;
        boolean name;
        boolean relator;
        boolean subject;
        boolean link;
        boolean agency;
        boolean nonfiling;
        boolean control;
        int line;
        /** First target code per ASCII source code (0 = unmapped): the hot-path form of {@link #map}. */
        final char[] first = new char[128];

        char first(char code) {
            return code < 128 ? first[code] : 0;
        }

        @Override
        public String toString() {
            return dir + " " + srcTag + (wildcard ? "XX" : "") + " -> " + dstTag + " (line " + line + ")";
        }
    }

    /** ISBD punctuation profile. */
    static final class Profile {
        final String name;
        final Map<Character, String> sep = new HashMap<>();
        final Map<String, String> sepAfter = new HashMap<>(); // "i/h" -> ", "
        String end;
        Profile(String name) {
            this.name = name;
        }

        String sep(char code, char prev) {
            if (prev != 0 && !sepAfter.isEmpty()) {
                String s = sepAfter.get(code + "/" + prev);
                if (s != null) return s;
            }
            return code < 128 ? sepArr[code] : sep.get(code);
        }

        final String[] sepArr = new String[128];
    }

    final Map<Direction, char[]> leaderTemplate = new EnumMap<>(Direction.class);
    final Map<Direction, List<LeaderRule>> leaderRules = new EnumMap<>(Direction.class);
    final Map<Direction, Map<String, String>> fixedTemplate = new EnumMap<>(Direction.class);
    final Map<Direction, List<FixedRule>> fixedRules = new EnumMap<>(Direction.class);
    final Map<Direction, Map<String, List<FieldRule>>> exact = new EnumMap<>(Direction.class);
    final Map<Direction, List<FieldRule>> wild = new EnumMap<>(Direction.class);
    final Map<String, Profile> profiles = new HashMap<>();
    final Map<String, Character> embed = new HashMap<>();
    final Map<Character, Character> agencyU2M = new HashMap<>();
    final Map<Character, Character> agencyM2U = new HashMap<>();
    final CodeTable countries;
    private final Set<String> bothUnimarcTags = new LinkedHashSet<>();

    private CrosswalkTable(CodeTable countries) {
        this.countries = countries;
        for (Direction d : Direction.values()) {
            leaderRules.put(d, new ArrayList<>());
            fixedTemplate.put(d, new HashMap<>());
            fixedRules.put(d, new ArrayList<>());
            exact.put(d, new HashMap<>());
            wild.put(d, new ArrayList<>());
        }
    }

    private static volatile CrosswalkTable standard;

    /** The table shipped with the gateway (resources unimarc-marc21.tsv and countries.tsv). */
    public static CrosswalkTable standard() {
        CrosswalkTable t = standard;
        if (t == null) {
            synchronized (CrosswalkTable.class) {
                t = standard;
                if (t == null) {
                    InputStream in = CrosswalkTable.class.getResourceAsStream("/si/knjizniprehod/mappings/marc/unimarc-marc21.tsv");
                    if (in == null) throw new IllegalStateException("missing resource unimarc-marc21.tsv");
                    t = load(in, CodeTable.resource("countries.tsv"));
                    standard = t;
                }
            }
        }
        return t;
    }

    /** Parses a rule table; throws IllegalArgumentException naming the line of a bad rule. */
    public static CrosswalkTable load(InputStream rules, CodeTable countries) {
        CrosswalkTable t = new CrosswalkTable(countries);
        int no = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(rules, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                try {
                    t.parseLine(line.split("\t", -1), no);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("crosswalk table line " + no + ": " + e.getMessage() + ": " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    /**
     * UNIMARC subfield codes that a rule mapped in both directions carries for this tag (union over the rules for
     * the tag; personal-name rules add $b, which travels inside MARC 21 $a). Empty if the tag is not mapped both ways.
     */
    public Set<Character> roundTripCodes(String unimarcTag) {
        Set<Character> s = new LinkedHashSet<>();
        if (!bothUnimarcTags.contains(unimarcTag)) return s;
        for (FieldRule r : rules(Direction.U2M, unimarcTag)) {
            s.addAll(r.map.keySet());
            if (r.name) s.add('b');
        }
        return s;
    }

    /** UNIMARC tags mapped in both directions (used by round-trip checks). */
    public Set<String> roundTripTags() {
        return Collections.unmodifiableSet(bothUnimarcTags);
    }

    private static char blank(char c) {
        return c == '#' ? ' ' : c;
    }

    private static String blanks(String s) {
        return s.replace('#', ' ');
    }

    private void parseLine(String[] c, int no) {
        switch (c[0]) {
            case "template": {
                Direction d = Direction.valueOf(c[1]);
                String v = blanks(c[3]);
                if ("LDR".equals(c[2])) {
                    if (v.length() != 24) throw new IllegalArgumentException("leader template must be 24 characters");
                    leaderTemplate.put(d, v.toCharArray());
                } else {
                    if ("008".equals(c[2]) && v.length() != 40) throw new IllegalArgumentException("008 template must be 40 characters, is " + v.length());
                    if ("100a".equals(c[2]) && v.length() != 36) throw new IllegalArgumentException("100$a template must be 36 characters, is " + v.length());
                    fixedTemplate.get(d).put(c[2], v);
                }
                break;
            }
            case "leader":
                leaderRules.get(Direction.valueOf(c[1])).add(new LeaderRule(Integer.parseInt(c[2]), c[3]));
                break;
            case "fixed": {
                String op = c[4];
                boolean ifAbsent = op.endsWith(",ifabsent");
                if (ifAbsent) op = op.substring(0, op.length() - ",ifabsent".length());
                fixedRules.get(Direction.valueOf(c[1])).add(new FixedRule(Spec.parse(c[2]), Spec.parse(c[3]), op, ifAbsent));
                break;
            }
            case "field":
                parseField(c, no);
                break;
            case "isbd": {
                Profile p = profiles.computeIfAbsent(c[1], Profile::new);
                String sep = unquote(c[3]);
                if ("end".equals(c[2])) {
                    p.end = sep;
                } else if (c.length > 4 && c[4].startsWith("after:")) {
                    p.sepAfter.put(c[2].charAt(0) + "/" + c[4].charAt(6), sep);
                } else {
                    p.sep.put(c[2].charAt(0), sep);
                    if (c[2].charAt(0) < 128) p.sepArr[c[2].charAt(0)] = sep;
                }
                break;
            }
            case "embed":
                embed.put(c[1], c[2].charAt(0));
                break;
            case "agency":
                agencyU2M.put(c[1].charAt(0), c[2].charAt(0));
                agencyM2U.putIfAbsent(c[2].charAt(0), c[1].charAt(0));
                break;
            default:
                throw new IllegalArgumentException("unknown rule kind " + c[0]);
        }
    }

    private static String unquote(String s) {
        s = s.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) return s.substring(1, s.length() - 1);
        return s;
    }

    private void parseField(String[] c, int no) {
        if (c.length < 7) throw new IllegalArgumentException("field rule needs at least 7 columns");
        String dir = c[1];
        String uni = c[2];
        String marc = c[3];
        String opts = c.length > 7 ? c[7] : "";
        if ("both".equals(dir) || "U2M".equals(dir)) {
            FieldRule r = base(Direction.U2M, uni, marc, opts, no);
            r.ind1 = ind(c[4], 0);
            r.ind2 = ind(c[4], 1);
            for (String p : tokens(c[6])) {
                if ("*".equals(p)) { r.keepOthers = true; continue; }
                if ("-".equals(p)) continue;
                r.map.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(p.charAt(2));
            }
            add(r);
            if ("both".equals(dir)) bothUnimarcTags.add(tagOf(uni));
        }
        if ("both".equals(dir) || "M2U".equals(dir)) {
            FieldRule r = base(Direction.M2U, marc, uni, opts, no);
            r.ind1 = ind(c[5], 0);
            r.ind2 = ind(c[5], 1);
            for (String p : tokens(c[6])) {
                if ("*".equals(p)) { r.keepOthers = true; continue; }
                if ("-".equals(p)) continue;
                r.map.computeIfAbsent(p.charAt(2), k -> new ArrayList<>()).add(p.charAt(0));
            }
            add(r);
        }
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.trim().split("\\s+")) if (!p.isEmpty()) out.add(p);
        return out;
    }

    private static String tagOf(String spec) {
        int b = spec.indexOf('[');
        return b < 0 ? spec : spec.substring(0, b);
    }

    private FieldRule base(Direction d, String src, String dst, String opts, int no) {
        FieldRule r = new FieldRule();
        r.dir = d;
        r.line = no;
        String st = tagOf(src);
        if (st.endsWith("XX")) {
            r.wildcard = true;
            r.srcTag = st.substring(0, 1);
        } else {
            r.srcTag = st;
        }
        int b = src.indexOf('[');
        if (b > 0) {
            List<Cond> conds = new ArrayList<>();
            for (String cs : src.substring(b + 1, src.length() - 1).split(";")) {
                int eq = cs.indexOf('=');
                String k = cs.substring(0, eq);
                String v = cs.substring(eq + 1);
                Set<String> vals = new LinkedHashSet<>();
                for (String x : v.split("\\|")) vals.add(blanks(x));
                conds.add(new Cond(k, v, vals));
            }
            r.conds = conds;
        }
        String dt = tagOf(dst);
        r.dstTag = dt.endsWith("XX") ? null : dt;
        for (String o : opts.split(",")) {
            o = o.trim();
            if (o.isEmpty()) continue;
            if (o.startsWith("isbd=")) r.isbd = o.substring(5);
            else if (o.startsWith("nr=")) {
                Set<Character> s = new LinkedHashSet<>();
                for (char ch : o.substring(3).toCharArray()) s.add(ch);
                r.nr = s;
            } else {
                switch (o) {
                    case "name": r.name = true; break;
                    case "relator": r.relator = true; break;
                    case "subject": r.subject = true; break;
                    case "link": r.link = true; break;
                    case "agency": r.agency = true; break;
                    case "nonfiling": r.nonfiling = true; break;
                    case "control": r.control = true; break;
                    default: throw new IllegalArgumentException("unknown option " + o);
                }
            }
        }
        if (r.isbd != null && !profiles.containsKey(r.isbd)) {
            // profiles may be defined later in the file; resolved lazily
        }
        return r;
    }

    private static Ind ind(String spec, int which) {
        if ("-".equals(spec.trim())) return new Ind('N', ' ', 0, null, ' ', null);
        String[] p = spec.trim().split("\\s+");
        if (p.length != 2) throw new IllegalArgumentException("indicator spec needs two parts: " + spec);
        String s = p[which];
        if (s.startsWith("@")) return new Ind('F', ' ', 0, null, ' ', s.substring(1));
        if (s.startsWith("=")) return new Ind('C', ' ', s.charAt(1) - '0', null, ' ', null);
        if (s.length() > 1 && s.charAt(1) == '{') {
            Map<Character, Character> m = new HashMap<>();
            char dflt = 0;
            for (String kv : s.substring(2, s.length() - 1).split(",")) {
                char k = blank(kv.charAt(0));
                char v = blank(kv.charAt(2));
                if (kv.charAt(0) == '*') dflt = v; else m.put(k, v);
            }
            return new Ind('M', ' ', s.charAt(0) - '0', m, dflt, null);
        }
        if (s.length() != 1) throw new IllegalArgumentException("bad indicator spec " + s);
        return new Ind('L', blank(s.charAt(0)), 0, null, ' ', null);
    }

    private void add(FieldRule r) {
        for (Map.Entry<Character, List<Character>> e : r.map.entrySet()) {
            if (e.getKey() < 128) r.first[e.getKey()] = e.getValue().get(0);
        }
        if (!r.wildcard && r.srcTag.chars().allMatch(Character::isDigit)) {
            List<FieldRule>[] arr = byNumber.get(r.dir);
            int t = Integer.parseInt(r.srcTag);
            if (arr[t] == null) arr[t] = new ArrayList<>();
            arr[t].add(r);
        }
        if (r.wildcard) wild.get(r.dir).add(r);
        else exact.get(r.dir).computeIfAbsent(r.srcTag, k -> new ArrayList<>()).add(r);
    }

    /** Tags read by fixed-field rules in a direction (these count as mapped). */
    Set<String> fixedSourceTags(Direction d) {
        Set<String> s = fixedSources.get(d);
        if (s == null) {
            s = new HashSet<>();
            for (FixedRule fr : fixedRules.get(d)) s.add(fr.source().tag());
            fixedSources.put(d, s);
        }
        return s;
    }

    private final Map<Direction, Set<String>> fixedSources = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private final Map<Direction, List<FieldRule>[]> byNumber = new EnumMap<>(Map.of(
            Direction.U2M, (List<FieldRule>[]) new List[1000], Direction.M2U, (List<FieldRule>[]) new List[1000]));

    List<FieldRule> rules(Direction d, String tag) {
        if (tag.length() == 3) {
            char a = tag.charAt(0);
            char b = tag.charAt(1);
            char c = tag.charAt(2);
            if (a >= '0' && a <= '9' && b >= '0' && b <= '9' && c >= '0' && c <= '9') {
                List<FieldRule> l = byNumber.get(d)[(a - '0') * 100 + (b - '0') * 10 + (c - '0')];
                return l == null ? List.of() : l;
            }
        }
        List<FieldRule> l = exact.get(d).get(tag);
        return l == null ? List.of() : l;
    }

    Profile profile(String name) {
        if (name == null) return null;
        Profile p = profiles.get(name);
        if (p == null) throw new IllegalStateException("no ISBD profile " + name);
        return p;
    }
}
