package si.knjizniprehod.connectors.sru;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds CQL queries in which user input is always a literal search term.
 *
 * <p>Every term is written as a quoted CQL string: {@code \} and {@code "} are backslash-escaped so the user
 * cannot close the quotes, and the CQL masking characters {@code *}, {@code ?} and {@code ^} are escaped
 * ({@code \*}, {@code \?}, {@code \^}) so they match themselves instead of acting as wildcards or anchors.
 * Boolean words ({@code and}, {@code or}, {@code not}, {@code prox}), parentheses, {@code =}, {@code <} and the
 * like are harmless inside quotes. Control characters become spaces. Indexes and relations never come from
 * user input: indexes are the configured ones (checked against CQL's index syntax) and relations come from a
 * fixed list.
 *
 * <pre>{@code
 * String cql = CqlBuilder.using(config).where("title", userTitle).and("author", userAuthor).build();
 * // dc.title="..." and dc.creator="..."
 * }</pre>
 *
 * Combining is left to right with explicit parentheses, e.g. {@code (a or b) and c}.
 */
public final class CqlBuilder {

    private static final Pattern INDEX = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*(\\.[A-Za-z][A-Za-z0-9_\\-]*)?");
    private static final Set<String> RELATIONS = Set.of("=", "==", "<>", "<", ">", "<=", ">=", "all", "any", "adj",
            "exact", "within", "encloses");

    private final Map<String, String> indexes;
    private String expr;
    private boolean compound;

    private CqlBuilder(Map<String, String> indexes) {
        this.indexes = indexes;
    }

    /** A builder resolving logical field names (title, author, isbn, ...) through the configured indexes. */
    public static CqlBuilder using(CatalogueConfig config) {
        return new CqlBuilder(config.indexes());
    }

    /** A builder resolving logical field names through the given field-to-index map. */
    public static CqlBuilder using(Map<String, String> fieldToIndex) {
        return new CqlBuilder(Map.copyOf(fieldToIndex));
    }

    /** Starts with {@code field = "value"}. */
    public CqlBuilder where(String field, String value) {
        return where(field, "=", value);
    }

    /** Starts with {@code field relation "value"}; relation from the fixed CQL list ({@code =, ==, all, any, ...}). */
    public CqlBuilder where(String field, String relation, String value) {
        if (expr != null) {
            throw new IllegalStateException("query already started; use and/or/not");
        }
        expr = clause(resolve(field), relation, value);
        return this;
    }

    /**
     * ANDs {@code field = "value"} for every entry with a non-blank value, in map order (use a LinkedHashMap
     * for a stable query), e.g. the {@code title}/{@code author}/{@code isbn} parameters of a REST search.
     *
     * @throws IllegalArgumentException if no entry has a value, or a field is unknown
     */
    public CqlBuilder allOf(Map<String, String> fieldValues) {
        for (Map.Entry<String, String> e : fieldValues.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            if (expr == null) {
                where(e.getKey(), e.getValue());
            } else {
                and(e.getKey(), e.getValue());
            }
        }
        if (expr == null) {
            throw new IllegalArgumentException("no search value given (fields: " + fieldValues.keySet() + ")");
        }
        return this;
    }

    /** Starts with {@code field = "value*"}: the user's text is literal, only the trailing {@code *} truncates. */
    public CqlBuilder whereStartsWith(String field, String value) {
        if (expr != null) {
            throw new IllegalStateException("query already started; use and/or/not");
        }
        expr = resolve(field) + "=" + quotePrefix(value);
        return this;
    }

    public CqlBuilder and(String field, String value) {
        return combine("and", clause(resolve(field), "=", value), false);
    }

    public CqlBuilder or(String field, String value) {
        return combine("or", clause(resolve(field), "=", value), false);
    }

    public CqlBuilder not(String field, String value) {
        return combine("not", clause(resolve(field), "=", value), false);
    }

    public CqlBuilder and(CqlBuilder group) {
        return combine("and", group.build(), group.compound);
    }

    public CqlBuilder or(CqlBuilder group) {
        return combine("or", group.build(), group.compound);
    }

    public CqlBuilder not(CqlBuilder group) {
        return combine("not", group.build(), group.compound);
    }

    /** The CQL text. */
    public String build() {
        if (expr == null) {
            throw new IllegalStateException("empty query: call where(...) first");
        }
        return expr;
    }

    @Override
    public String toString() {
        return expr == null ? "" : expr;
    }

    private CqlBuilder combine(String op, String right, boolean rightCompound) {
        if (expr == null) {
            throw new IllegalStateException("call where(...) before " + op);
        }
        String l = compound ? "(" + expr + ")" : expr;
        String r = rightCompound ? "(" + right + ")" : right;
        expr = l + " " + op + " " + r;
        compound = true;
        return this;
    }

    private String resolve(String field) {
        Objects.requireNonNull(field, "field");
        String idx = indexes.get(field.toLowerCase(java.util.Locale.ROOT));
        if (idx == null) {
            throw new IllegalArgumentException("unknown search field '" + field + "'; configured: "
                    + indexes.keySet());
        }
        return idx;
    }

    // ---- static helpers -------------------------------------------------------------------------------

    /** {@code index relation "term"} with the term quoted and escaped. */
    public static String clause(String index, String relation, String term) {
        checkIndex(index, "index");
        Objects.requireNonNull(relation, "relation");
        String rel = relation.trim();
        if (!RELATIONS.contains(rel)) {
            throw new IllegalArgumentException("unsupported CQL relation '" + relation + "'; allowed: " + RELATIONS);
        }
        String sep = Character.isLetter(rel.charAt(0)) ? " " : "";
        return index + sep + rel + sep + quote(term);
    }

    /**
     * Quotes user text as one literal CQL term: {@code "} and {@code \} are escaped, and so are the masking
     * characters {@code * ? ^}. Control characters become spaces; surrounding white space is trimmed.
     *
     * @throws IllegalArgumentException if nothing is left to search for
     */
    public static String quote(String userText) {
        return "\"" + escape(userText) + "\"";
    }

    /** Like {@link #quote} but ends the term with an unescaped {@code *} (right truncation). */
    public static String quotePrefix(String userText) {
        return "\"" + escape(userText) + "*\"";
    }

    /** The escaped inside of a quoted term (without the quotes). */
    public static String escape(String userText) {
        Objects.requireNonNull(userText, "search term");
        String t = userText.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty search term");
        }
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '"', '*', '?', '^' -> sb.append('\\').append(c);
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** Checks that a configured index name is a plain CQL index ({@code name} or {@code prefix.name}). */
    static void checkIndex(String index, String what) {
        if (index == null || !INDEX.matcher(index).matches()) {
            throw new IllegalArgumentException(what + ": '" + index + "' is not a CQL index name "
                    + "(expected name or prefix.name, e.g. dc.title)");
        }
    }
}
