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
}
