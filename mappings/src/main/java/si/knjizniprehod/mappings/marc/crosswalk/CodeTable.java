package si.knjizniprehod.mappings.marc.crosswalk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A two-column code table (left <-> right), e.g. relator codes or country codes, read from a TSV resource. */
public final class CodeTable {

    private final Map<String, String> fwd = new HashMap<>();
    private final Map<String, String> rev = new HashMap<>();
    private final Map<String, String> termToRight = new HashMap<>();

    public static CodeTable load(InputStream in) {
        CodeTable t = new CodeTable();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                if (c.length < 2) continue;
                t.fwd.putIfAbsent(c[0].trim(), c[1].trim());
                t.rev.putIfAbsent(c[1].trim().toLowerCase(Locale.ROOT), c[0].trim());
                if (c.length > 2) t.termToRight.putIfAbsent(c[2].trim().toLowerCase(Locale.ROOT), c[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    static CodeTable resource(String name) {
        InputStream in = CodeTable.class.getResourceAsStream("/si/knjizniprehod/mappings/marc/" + name);
        if (in == null) throw new IllegalStateException("missing resource " + name);
        return load(in);
    }

    /** left -> right (e.g. "070" -> "aut"), or null. */
    public String toRight(String left) {
        return left == null ? null : fwd.get(left.trim());
    }

    /** right -> left (e.g. "aut" -> "070"), case-insensitive, or null. */
    public String toLeft(String right) {
        return right == null ? null : rev.get(right.trim().toLowerCase(Locale.ROOT));
    }

    /** third column (a term such as "translator") -> right, or null. */
    public String termToRight(String term) {
        if (term == null) return null;
        String t = term.trim().toLowerCase(Locale.ROOT).replaceAll("[.,;:]+$", "").trim();
        return termToRight.get(t);
    }

    public int size() {
        return fwd.size();
    }
}
