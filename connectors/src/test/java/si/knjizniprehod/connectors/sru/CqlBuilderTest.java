package si.knjizniprehod.connectors.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CqlBuilderTest {

    private final CatalogueConfig config = CatalogueConfig.forUrl("http://127.0.0.1:1/Default");

    @Test
    void quotesAndEscapesEverythingCqlTreatsSpecially() {
        assertThat(CqlBuilder.quote("pride")).isEqualTo("\"pride\"");
        assertThat(CqlBuilder.quote("a\"b")).isEqualTo("\"a\\\"b\"");
        assertThat(CqlBuilder.quote("a\\b")).isEqualTo("\"a\\\\b\"");
        assertThat(CqlBuilder.quote("ab*?^")).isEqualTo("\"ab\\*\\?\\^\"");
        assertThat(CqlBuilder.quote("\" or dc.title=*")).isEqualTo("\"\\\" or dc.title=\\*\"");
        assertThat(CqlBuilder.quote("(a) and b = c <> d / e")).isEqualTo("\"(a) and b = c <> d / e\"");
        assertThat(CqlBuilder.quote("  Prešeren\tpoezije\n ")).isEqualTo("\"Prešeren poezije\"");
    }

    @Test
    void everyQuoteInsideIsEscapedSoTheTermCannotBeClosed() {
        for (String hostile : new String[] {"\"", "\\\"", "\\\\\"", "x\\", "\"\"\"", "a\\\\\\\"b"}) {
            String inner = CqlBuilder.escape(hostile);
            // walk the escaped text as a CQL parser would: no unescaped quote may appear
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\') {
                    i++; // skip the escaped char
                    assertThat(i).isLessThan(inner.length());
                } else {
                    assertThat(c).as("unescaped quote in %s", inner).isNotEqualTo('"');
                }
            }
        }
    }

    @Test
    void emptyTermsAreRefused() {
        assertThatThrownBy(() -> CqlBuilder.quote("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CqlBuilder.quote(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void buildsWithConfiguredIndexesAndExplicitGrouping() {
        String cql = CqlBuilder.using(config).where("title", "pride").and("author", "austen").build();
        assertThat(cql).isEqualTo("dc.title=\"pride\" and dc.creator=\"austen\"");
        String cql2 = CqlBuilder.using(config).where("title", "a").or("title", "b").and("isbn", "1").build();
        assertThat(cql2).isEqualTo("(dc.title=\"a\" or dc.title=\"b\") and dc.identifier=\"1\"");
        String cql3 = CqlBuilder.using(config).where("any", "x")
                .not(CqlBuilder.using(config).where("author", "y").or("author", "z")).build();
        assertThat(cql3).isEqualTo("cql.serverChoice=\"x\" not (dc.creator=\"y\" or dc.creator=\"z\")");
        assertThat(CqlBuilder.using(config).whereStartsWith("title", "pri*").build())
                .isEqualTo("dc.title=\"pri\\**\"");
    }

    @Test
    void allOfAndsTheGivenFieldsSkippingBlanks() {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put("title", "pride");
        m.put("isbn", " ");
        m.put("author", "austen");
        m.put("any", "\" or 1=1");
        assertThat(CqlBuilder.using(config).allOf(m).build())
                .isEqualTo("(dc.title=\"pride\" and dc.creator=\"austen\") and cql.serverChoice=\"\\\" or 1=1\"");
        assertThatThrownBy(() -> CqlBuilder.using(config).allOf(Map.of("title", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cobissStyleIndexesAreJustConfiguration() {
        CatalogueConfig cobiss = CatalogueConfig.fromProperties(Map.of(
                CatalogueConfig.URL, "http://127.0.0.1:1/COBIB",
                CatalogueConfig.INDEX_PREFIX + "title", "TI",
                CatalogueConfig.INDEX_PREFIX + "author", "AU",
                CatalogueConfig.INDEX_PREFIX + "isbn", "BN"));
        assertThat(CqlBuilder.using(cobiss).where("title", "Poezije").and("isbn", "86-11").build())
                .isEqualTo("TI=\"Poezije\" and BN=\"86-11\"");
    }

    @Test
    void relationsComeFromAFixedList() {
        assertThat(CqlBuilder.clause("dc.title", "all", "a b")).isEqualTo("dc.title all \"a b\"");
        assertThat(CqlBuilder.clause("dc.date", ">=", "1990")).isEqualTo("dc.date>=\"1990\"");
        assertThatThrownBy(() -> CqlBuilder.clause("dc.title", "= x or", "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CqlBuilder.clause("dc.title=\"x\" or dc.title", "=", "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownFieldsAndMisuseAreClearErrors() {
        assertThatThrownBy(() -> CqlBuilder.using(config).where("colour", "red"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> CqlBuilder.using(config).and("title", "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CqlBuilder.using(config).build()).isInstanceOf(IllegalStateException.class);
    }
}
