package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;

class FlavourDetectionTest {

    @Test
    void sampleFilesAreRecognised() {
        assertThat(TestData.readResults(TestData.file("unimarc/periouni.mrc"))).allMatch(r -> r.flavour() == MarcFlavour.UNIMARC);
        assertThat(TestData.readResults(TestData.file("unimarc/testunimarc.mrc"))).allMatch(r -> r.flavour() == MarcFlavour.UNIMARC);
        for (String f : new String[] {"marc21/brkrtest_marc8.mrc", "marc21/brkrtest_utf8.mrc", "marc21/cyrillic_capital_e.mrc"}) {
            assertThat(TestData.readResults(TestData.file(f))).allMatch(r -> r.flavour() == MarcFlavour.MARC21);
        }
        for (String f : new String[] {"marcxml/chabon.xml", "marcxml/summerland.xml", "marcxml/azdoud.xml"}) {
            assertThat(TestData.readResults(TestData.file(f))).allMatch(r -> r.flavour() == MarcFlavour.MARC21);
        }
    }

    @Test
    void mixedFileIsDecidedPerRecord() {
        // the Pride and Prejudice file holds a few UNIMARC records (Chinese, from a Taiwanese catalogue) among MARC 21 ones
        int uni = 0;
        for (MarcReadResult r : TestData.readResults(TestData.file("marc21/pride-and-prejudice-fixed.mrc"))) {
            Record rec = r.record();
            boolean has245 = rec.getVariableField("245") != null;
            boolean has200 = rec.getVariableField("200") != null;
            if (has245 && !has200) assertThat(r.flavour()).isEqualTo(MarcFlavour.MARC21);
            if (has200 && !has245) {
                assertThat(r.flavour()).isEqualTo(MarcFlavour.UNIMARC);
                uni++;
            }
        }
        assertThat(uni).isPositive();
    }

    @Test
    void formatDetection() throws Exception {
        assertThat(MarcFormat.detect(new java.io.BufferedInputStream(new java.io.ByteArrayInputStream("\uFEFF <collection/>".getBytes("UTF-8"))))).isEqualTo(MarcFormat.MARCXML);
        assertThat(MarcFormat.detect(new java.io.BufferedInputStream(new java.io.ByteArrayInputStream("\n[{}]".getBytes("UTF-8"))))).isEqualTo(MarcFormat.MARC_JSON);
        assertThat(MarcFormat.detect(new java.io.BufferedInputStream(new java.io.ByteArrayInputStream("00123nam".getBytes("UTF-8"))))).isEqualTo(MarcFormat.ISO2709);
        assertThat(MarcFormat.detect(new java.io.BufferedInputStream(new java.io.ByteArrayInputStream(new byte[0])))).isNull();
    }

    @Test
    void marcRecordsInsideAnSruResponse() {
        String sru = "<?xml version=\"1.0\"?><zs:searchRetrieveResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\">"
                + "<zs:version>1.2</zs:version><zs:numberOfRecords>2</zs:numberOfRecords><zs:records>"
                + "<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>"
                + "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader>"
                + "<controlfield tag=\"001\">1</controlfield><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Prvi</subfield></datafield></record>"
                + "</zs:recordData><zs:recordPosition>1</zs:recordPosition></zs:record>"
                + "<zs:record><zs:recordSchema>unimarcxml</zs:recordSchema><zs:recordData>"
                + "<record><leader>00000nam  2200000   450 </leader><controlfield tag=\"001\">2</controlfield>"
                + "<datafield tag=\"200\" ind1=\"1\" ind2=\" \"><subfield code=\"a\">Drugi \u010d\u0161\u017e</subfield></datafield></record>"
                + "</zs:recordData><zs:recordPosition>2</zs:recordPosition></zs:record></zs:records></zs:searchRetrieveResponse>";
        java.util.List<MarcReadResult> res = new java.util.ArrayList<>();
        MarcIO.reader(new java.io.ByteArrayInputStream(sru.getBytes(java.nio.charset.StandardCharsets.UTF_8))).forEachRemaining(res::add);
        assertThat(res).hasSize(2).allMatch(MarcReadResult::ok).allMatch(r -> r.warnings().isEmpty());
        assertThat(res.get(0).flavour()).isEqualTo(MarcFlavour.MARC21);
        assertThat(res.get(1).flavour()).isEqualTo(MarcFlavour.UNIMARC);
        assertThat(res.get(1).record().getControlNumber()).isEqualTo("2");
    }
}
