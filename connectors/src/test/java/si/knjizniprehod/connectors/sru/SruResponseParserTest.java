package si.knjizniprehod.connectors.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;

/**
 * Response shapes the live servers in the other tests do not produce: SRU 2.0 with the MARC prefix declared
 * on the root, string packing, nextRecordPosition, surrogate diagnostics, a bare diagnostics document, and a
 * COBISS-style UNIMARC record with 996 holdings.
 */
class SruResponseParserTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static final String UNIMARC_996 = """
            <marc:record xmlns:marc="http://www.loc.gov/MARC21/slim">
              <marc:leader>00000nam  2200000   450 </marc:leader>
              <marc:controlfield tag="001">12345678</marc:controlfield>
              <marc:datafield tag="200" ind1="1" ind2=" ">
                <marc:subfield code="a">Poezije</marc:subfield><marc:subfield code="f">France Prešeren</marc:subfield>
              </marc:datafield>
              <marc:datafield tag="996" ind1=" " ind2=" ">
                <marc:subfield code="5">SIKKP</marc:subfield><marc:subfield code="d">821.163.6 PREŠEREN F.</marc:subfield>
                <marc:subfield code="f">0001234</marc:subfield>
              </marc:datafield>
              <marc:datafield tag="996" ind1=" " ind2=" ">
                <marc:subfield code="5">SIKKP</marc:subfield><marc:subfield code="d">821.163.6 PREŠEREN F.</marc:subfield>
                <marc:subfield code="f">0001235</marc:subfield>
              </marc:datafield>
              <marc:datafield tag="996" ind1=" " ind2=" ">
                <marc:subfield code="5">SIKKP</marc:subfield><marc:subfield code="f">0001235</marc:subfield>
              </marc:datafield>
              <marc:datafield tag="996" ind1=" " ind2=" ">
                <marc:subfield code="5">SIKAJ</marc:subfield><marc:subfield code="f">77</marc:subfield>
              </marc:datafield>
              <marc:datafield tag="996" ind1=" " ind2=" ">
                <marc:subfield code="d">no library code: ignored</marc:subfield>
              </marc:datafield>
            </marc:record>""";

    @Test
    void sru20WithPrefixesDeclaredOnTheRoot() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"
                    xmlns:marc="http://www.loc.gov/MARC21/slim">
                  <sru:version>2.0</sru:version>
                  <sru:numberOfRecords>42</sru:numberOfRecords>
                  <sru:records>
                    <sru:record>
                      <sru:recordSchema>info:srw/schema/8/unimarcxml-v0.1</sru:recordSchema>
                      <sru:recordXMLEscaping>xml</sru:recordXMLEscaping>
                      <sru:recordData>
                        <marc:record><marc:leader>00000nam  2200000   450 </marc:leader>
                          <marc:controlfield tag="001">987</marc:controlfield>
                          <marc:datafield tag="200" ind1="1" ind2=" "><marc:subfield code="a">Krst pri Savici</marc:subfield></marc:datafield>
                        </marc:record>
                      </sru:recordData>
                      <sru:recordPosition>11</sru:recordPosition>
                    </sru:record>
                  </sru:records>
                  <sru:nextRecordPosition>12</sru:nextRecordPosition>
                </sru:searchRetrieveResponse>""";
        SearchResult r = SruResponseParser.parseSearchRetrieve(b(xml), 11);
        assertThat(r.version()).isEqualTo("2.0");
        assertThat(r.numberOfRecords()).isEqualTo(42);
        assertThat(r.nextRecordPosition()).isEqualTo(12);
        assertThat(r.nextStart()).hasValue(12);
        SruRecord rec = r.records().get(0);
        assertThat(rec.position()).isEqualTo(11);
        assertThat(rec.controlNumber()).contains("987");
        assertThat(((DataField) rec.marc().getVariableField("200")).getSubfield('a').getData())
                .isEqualTo("Krst pri Savici");
        // the raw XML stands alone: it carries its namespace declaration
        assertThat(rec.rawXml()).contains("xmlns:marc=\"http://www.loc.gov/MARC21/slim\"");
        assertThat(SruResponseParser.parseElement(rec.rawXml()).getLocalName()).isEqualTo("record");
    }

    @Test
    void sru11StringPackingAndNoNamespacePrefix() {
        String inner = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
                + "<controlfield tag=\"001\">A1</controlfield><datafield tag=\"245\" ind1=\"0\" ind2=\"0\">"
                + "<subfield code=\"a\">Čas &amp; vest</subfield></datafield></record>";
        String escaped = inner.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String xml = "<searchRetrieveResponse xmlns=\"http://www.loc.gov/zing/srw/\"><version>1.1</version>"
                + "<numberOfRecords>1</numberOfRecords><records><record><recordSchema>marcxml</recordSchema>"
                + "<recordPacking>string</recordPacking><recordData>" + escaped + "</recordData>"
                + "<recordPosition>1</recordPosition></record></records></searchRetrieveResponse>";
        SearchResult r = SruResponseParser.parseSearchRetrieve(b(xml), 1);
        assertThat(r.version()).isEqualTo("1.1");
        SruRecord rec = r.records().get(0);
        assertThat(rec.rawXml()).isEqualTo(inner);
        assertThat(((DataField) rec.marc().getVariableField("245")).getSubfield('a').getData()).isEqualTo("Čas & vest");
        assertThat(r.nextStart()).isEmpty();
    }

    @Test
    void surrogateDiagnosticsAsYazSendsThem() {
        // verbatim shape of yaz-ztest's answer for an unsupported record syntax
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.2</zs:version><zs:numberOfRecords>7</zs:numberOfRecords><zs:records><zs:record><zs:recordSchema>info:srw/schema/1/diagnostics-v1.1</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData><diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/">
                 <uri>info:srw/diagnostic/1/63</uri>
                 <message>System error in retrieving records</message>
                </diagnostic></zs:recordData><zs:recordPosition>1</zs:recordPosition></zs:record><zs:record><zs:recordSchema>info:srw/schema/1/diagnostics-v1.1</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData><diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/">
                 <uri>info:srw/diagnostic/1/63</uri>
                 <message>System error in retrieving records</message>
                </diagnostic></zs:recordData><zs:recordPosition>2</zs:recordPosition></zs:record></zs:records></zs:searchRetrieveResponse>""";
        SearchResult r = SruResponseParser.parseSearchRetrieve(b(xml), 1);
        assertThat(r.records()).isEmpty();
        assertThat(r.recordDiagnostics()).hasSize(2);
        assertThat(r.recordDiagnostics().get(1).position()).isEqualTo(2);
        assertThat(r.recordDiagnostics().get(0).diagnostic().code()).isEqualTo(63);
        assertThat(r.returnedCount()).isEqualTo(2);
        assertThat(r.nextStart()).hasValue(3); // surrogates occupy positions too
    }

    @Test
    void fatalDiagnosticsBecomeTypedExceptions() {
        String sru20 = """
                <sruResponse:searchRetrieveResponse xmlns:sruResponse="http://docs.oasis-open.org/ns/search-ws/sruResponse">
                  <sruResponse:version>2.0</sruResponse:version>
                  <sruResponse:numberOfRecords>0</sruResponse:numberOfRecords>
                  <sruResponse:diagnostics>
                    <diag:diagnostic xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic">
                      <diag:uri>info:srw/diagnostic/1/16</diag:uri><diag:details>TI</diag:details>
                    </diag:diagnostic>
                  </sruResponse:diagnostics>
                </sruResponse:searchRetrieveResponse>""";
        assertThatThrownBy(() -> SruResponseParser.parseSearchRetrieve(b(sru20), 1))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
                    assertThat(e.code()).isEqualTo(16);
                    assertThat(e.details()).isEqualTo("TI");
                    assertThat(e.diagnosticMessage()).isNull();
                    assertThat(e.getMessage()).contains("Unsupported index").contains("details: TI");
                });
        String bare = "<diagnostics xmlns=\"http://docs.oasis-open.org/ns/search-ws/diagnostic\"><diagnostic>"
                + "<uri>info:srw/diagnostic/1/7</uri><details>query</details><message>Mandatory parameter not supplied"
                + "</message></diagnostic></diagnostics>";
        assertThatThrownBy(() -> SruResponseParser.parseSearchRetrieve(b(bare), 1))
                .isInstanceOfSatisfying(SruDiagnosticException.class, e -> assertThat(e.code()).isEqualTo(7));
    }

    @Test
    void nonSruAnswersAreResponseErrors() {
        assertThatThrownBy(() -> SruResponseParser.parseSearchRetrieve(b("<html><body>hi</body></html>"), 1))
                .isInstanceOf(SruResponseException.class).hasMessageContaining("searchRetrieveResponse");
        assertThatThrownBy(() -> SruResponseParser.parseSearchRetrieve(b("not xml"), 1))
                .isInstanceOf(SruResponseException.class).hasMessageContaining("not xml");
        assertThatThrownBy(() -> SruResponseParser.parseSearchRetrieve(
                b("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), 1))
                .isInstanceOf(SruResponseException.class);
        assertThatThrownBy(() -> SruResponseParser.parseSearchRetrieve(b(
                "<searchRetrieveResponse xmlns=\"http://www.loc.gov/zing/srw/\"><numberOfRecords>many</numberOfRecords>"
                        + "</searchRetrieveResponse>"), 1))
                .isInstanceOf(SruResponseException.class).hasMessageContaining("numberOfRecords");
    }

    @Test
    void emptyExplainRecordAsZebraSendsWithoutConfiguration() {
        String xml = "<zs:explainResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\"><zs:version>1.2</zs:version>"
                + "<zs:record><zs:recordSchema/><zs:recordPacking>string</zs:recordPacking><zs:recordData/>"
                + "</zs:record></zs:explainResponse>";
        ExplainInfo e = SruResponseParser.parseExplain(b(xml));
        assertThat(e.version()).isEqualTo("1.2");
        assertThat(e.indexes()).isEmpty();
        assertThat(e.rawXml()).isEmpty();
    }

    @Test
    void cobissStyle996HoldingsCountCopiesByInventoryNumber() {
        org.marc4j.marc.Record rec = SruResponseParser.toMarc(SruResponseParser.parseElement(UNIMARC_996));
        HoldingsExtractor x = new HoldingsExtractor(CatalogueConfig.forUrl("http://h/d"));
        List<Holding> h = x.fromRecord(rec, MarcFlavour.UNIMARC);
        assertThat(h).containsExactly(
                new Holding("SIKKP", 2, "821.163.6 PREŠEREN F."),
                new Holding("SIKAJ", 1, null));
        assertThat(x.fromRecord(rec, MarcFlavour.MARC21)).isEmpty(); // no 852 in it
    }

    @Test
    void marc21852WithCopyNumbersAndRepeatedFields() {
        String xml = """
                <record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>
                  <controlfield tag="001">x</controlfield>
                  <datafield tag="852" ind1="0" ind2="0"><subfield code="a">KP</subfield><subfield code="h">821.163.6</subfield>
                    <subfield code="i">PREŠEREN</subfield><subfield code="t">1</subfield></datafield>
                  <datafield tag="852" ind1="0" ind2="0"><subfield code="a">KP</subfield><subfield code="t">2</subfield></datafield>
                  <datafield tag="852" ind1="0" ind2="0"><subfield code="a">KP</subfield><subfield code="t">2</subfield></datafield>
                  <datafield tag="852" ind1="0" ind2="0"><subfield code="b">RA-mladinski</subfield></datafield>
                  <datafield tag="852" ind1="0" ind2="0"><subfield code="b">RA-mladinski</subfield></datafield>
                </record>""";
        org.marc4j.marc.Record rec = SruResponseParser.toMarc(SruResponseParser.parseElement(xml));
        List<Holding> h = new HoldingsExtractor(CatalogueConfig.forUrl("http://h/d")).fromRecord(rec, MarcFlavour.MARC21);
        assertThat(h).containsExactly(new Holding("KP", 2, "821.163.6 PREŠEREN"), new Holding("RA-mladinski", 2, null));
    }
}
