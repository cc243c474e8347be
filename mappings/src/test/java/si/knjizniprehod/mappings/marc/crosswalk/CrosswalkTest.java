package si.knjizniprehod.mappings.marc.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import si.knjizniprehod.mappings.marc.MarcFlavour;
import si.knjizniprehod.mappings.marc.MarcFormat;
import si.knjizniprehod.mappings.marc.MarcIO;
import si.knjizniprehod.mappings.marc.MarcRecordWriter;
import si.knjizniprehod.mappings.marc.MarcXmlRecordWriter;
import si.knjizniprehod.mappings.marc.TestData;

class CrosswalkTest {

    private final Crosswalk u2m = Crosswalk.unimarcToMarc21();
    private final Crosswalk m2u = Crosswalk.marc21ToUnimarc();

    static String f(Record r, String tag) {
        for (ControlField c : r.getControlFields()) if (c.getTag().equals(tag)) return c.getData();
        for (DataField d : r.getDataFields()) if (d.getTag().equals(tag)) return show(d);
        return null;
    }

    static List<String> all(Record r, String tag) {
        return r.getDataFields().stream().filter(d -> d.getTag().equals(tag)).map(CrosswalkTest::show).toList();
    }

    static String show(DataField d) {
        StringBuilder b = new StringBuilder().append(d.getIndicator1()).append(d.getIndicator2());
        for (Subfield s : d.getSubfields()) b.append('$').append(s.getCode()).append(s.getData());
        return b.toString().replace('\u0098', '{').replace('\u009C', '}').replace('\u0088', '{').replace('\u0089', '}');
    }

    @Test
    void italianSbnRecordToMarc21() {
        Record src = TestData.records("unimarc/testunimarc.mrc").get(0);
        CrosswalkResult res = u2m.convert(src);
        Record m = res.record();
        assertThat(MarcFlavour.detect(m)).isEqualTo(MarcFlavour.MARC21);
        assertThat(m.getLeader().marshal()).startsWith("00000nam a22");
        assertThat(f(m, "001")).isEqualTo("IT\\ICCU\\ANA\\0019370");
        assertThat(f(m, "005")).isEqualTo("20091021165606.1");
        // 100$a dates + 101 + 102 -> 008
        assertThat(f(m, "008")).isEqualTo("961119s1996    it |||||||||||||||||ita d");
        assertThat(f(m, "020")).isEqualTo("  $a88-04-40682-8");
        assertThat(f(m, "041")).isEqualTo("  $aita");
        assertThat(f(m, "044")).isEqualTo("  $cIT");
        // main entry: $a+$b joined, relator 070 -> aut, authority number -> $0
        assertThat(f(m, "100")).isEqualTo("1 $aAsimov, Isaac.$0IT\\ICCU\\CFIV\\007327$4aut");
        // title with non-filing "L'" (NSB/NSE in the source) -> ind2 2, ISBD punctuation added
        assertThat(show(src.getDataFields().stream().filter(d -> d.getTag().equals("200")).findFirst().orElseThrow()))
                .startsWith("1 $a{L'}altra");
        assertThat(f(m, "245")).isEqualTo("12$aL'altra faccia della spirale /$cIsaac Asimov ; traduzione di Cesare Scaglia ; introduzione di Fruttero & Lucentini.");
        assertThat(f(m, "260")).isEqualTo("  $aMilano :$bA. Mondadori,$c1996.");
        assertThat(f(m, "300")).isEqualTo("  $aV, 201 p. ;$c20 cm.");
        assertThat(all(m, "700")).containsExactly("1 $aFruttero, Carlo.$0IT\\ICCU\\CFIV\\007373",
                "1 $aLucentini, Franco.$0IT\\ICCU\\CFIV\\007375", "1 $aScaglia, Cesare.$0IT\\ICCU\\RAVV\\003503");
        // 410 with embedded fields -> 830 series added entry
        assertThat(all(m, "830")).containsExactly(" 0$wIT\\ICCU\\CFI\\0012751$aBestsellers$v641",
                " 0$wIT\\ICCU\\RMS\\1881044$aIl ciclo delle fondazioni$v4");
        // 454 (translation of) -> 765 with the embedded 200 and 700 flattened
        assertThat(f(m, "765")).isEqualTo("1 $wIT\\ICCU\\RAV\\0005061$tSecond foundation.$aAsimov, Isaac");
        assertThat(f(m, "040")).isEqualTo("  $dICCU");
        assertThat(res.unmapped()).contains("790", "899").doesNotContain("100", "200", "700");
    }

    @Test
    void italianSbnRecordBackToUnimarc() {
        Record src = TestData.records("unimarc/testunimarc.mrc").get(0);
        Record back = m2u.apply(u2m.apply(src));
        assertThat(f(back, "200")).isEqualTo("1 $a{L'}altra faccia della spirale$fIsaac Asimov$gtraduzione di Cesare Scaglia$gintroduzione di Fruttero & Lucentini");
        assertThat(f(back, "210")).isEqualTo("  $aMilano$cA. Mondadori$d1996");
        assertThat(f(back, "700")).isEqualTo(" 1$aAsimov$bIsaac$3IT\\ICCU\\CFIV\\007327$4070");
        assertThat(f(back, "100")).startsWith("  $a19961119d1996    ").contains("50  ");
        assertThat(all(back, "410")).containsExactly(" 0$0IT\\ICCU\\CFI\\0012751$tBestsellers$v641",
                " 0$0IT\\ICCU\\RMS\\1881044$tIl ciclo delle fondazioni$v4");
    }

    @Test
    void periouniConvertsEntirelyKeepingNonAsciiText() throws Exception {
        List<Record> recs = TestData.records("unimarc/periouni.mrc");
        assertThat(recs).hasSize(3064);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        int croatian = 0;
        try (MarcRecordWriter w = MarcIO.writer(xml, MarcFormat.MARCXML)) {
            for (Record r : recs) {
                Record m = u2m.apply(r);
                assertThat(f(m, "245")).as(r.getControlNumber()).isNotNull();
                assertThat(f(m, "008")).hasSize(40);
                String t = f(m, "245");
                if (t.contains("Anali Hrvatskog politološkog društva")) croatian++;
                w.write(m);
            }
        }
        assertThat(croatian).isGreaterThanOrEqualTo(1);
        String out = xml.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("politološkog društva").contains("Ressource électronique").doesNotContain("Ã");
        // well-formed and complete: Marc4J's own MARCXML parser reads every record back
        MarcXmlReader r = new MarcXmlReader(new ByteArrayInputStream(xml.toByteArray()));
        int n = 0;
        while (r.hasNext()) {
            Record x = r.next();
            assertThat(x.getLeader().getCharCodingScheme()).isEqualTo('a');
            n++;
        }
        assertThat(n).isEqualTo(3064);
    }

    @Test
    void marc21RecordToUnimarc() {
        Record src = TestData.records("marc21/brkrtest_utf8.mrc").get(0);
        CrosswalkResult res = m2u.convert(src);
        Record u = res.record();
        assertThat(MarcFlavour.detect(u)).isEqualTo(MarcFlavour.UNIMARC);
        assertThat(u.getLeader().getCharCodingScheme()).isEqualTo(' ');
        assertThat(f(u, "100")).isEqualTo("  $a19960221d1955        0undy50      ba");
        assertThat(f(u, "101")).isEqualTo("  $aeng");
        assertThat(f(u, "102")).isEqualTo("  $aUS");
        assertThat(f(u, "200")).isEqualTo("1 $aNew test record number 1 with ordinary data$b[large print]$fby Jane Deer-Doe$gedited by Patty O'Furniture");
        assertThat(f(u, "210")).isEqualTo("  $aWashington, DC$cLibrary of Congress$d1955-<1957>");
        assertThat(f(u, "215")).isEqualTo("  $av. 1-<5>$cill., maps, ports., charts$dcm.");
        assertThat(f(u, "225")).isEqualTo("  $aTest record series$vno. 1");
        assertThat(f(u, "606")).isEqualTo("  $aTest record$xJuvenile");
        assertThat(f(u, "600")).isEqualTo(" 1$aDoe$bJohn$f1955-$xBiography");
        assertThat(f(u, "680")).isEqualTo("  $aPQ1234$b.T39 1955");
        assertThat(all(u, "801")).containsExactly(" 0$bViArRB", " 1$bViArRB");
        assertThat(res.unmapped()).isEmpty();
    }

    @Test
    void relatorCodesBothWays() {
        assertThat(Relators.toMarc("070")).isEqualTo("aut");
        assertThat(Relators.toMarc("730")).isEqualTo("trl");
        assertThat(Relators.toMarc("340")).isEqualTo("edt");
        assertThat(Relators.toMarc("440")).isEqualTo("ill");
        assertThat(Relators.toUnimarc("AUT")).isEqualTo("070");
        assertThat(Relators.toUnimarc("trl")).isEqualTo("730");
        assertThat(Relators.termToMarc("Translator.")).isEqualTo("trl");
        assertThat(Relators.size()).isGreaterThan(100);
        Record src = TestData.records("unimarc/testunimarc.mrc").get(0);
        DataField f = (DataField) src.getVariableField("700");
        f.getSubfield('4').setData("999");
        CrosswalkResult r = u2m.convert(src);
        assertThat(r.warnings()).anyMatch(w -> w.contains("'999'"));
        assertThat(f(r.record(), "100")).endsWith("$4999");
    }

    @Test
    void subjectSourceAndUdc() {
        Record src = TestData.records("unimarc/periouni.mrc").get(0);
        Record m = u2m.apply(src);
        assertThat(f(m, "650")).isEqualTo(" 4$aFinances publiques$zEtats-Unis$xPériodiques.");
        Record back = m2u.apply(m);
        assertThat(f(back, "606")).isEqualTo("  $aFinances publiques$yEtats-Unis$xPériodiques");
        // UDC: 675 <-> 080
        org.marc4j.marc.MarcFactory mf = org.marc4j.marc.MarcFactory.newInstance();
        DataField udc = mf.newDataField("675", ' ', ' ');
        udc.addSubfield(mf.newSubfield('a', "821.163.6-31"));
        udc.addSubfield(mf.newSubfield('v', "2"));
        src.addVariableField(udc);
        Record m2 = u2m.apply(src);
        assertThat(f(m2, "080")).isEqualTo("  $a821.163.6-31$22");
        assertThat(f(m2u.apply(m2), "675")).isEqualTo("  $a821.163.6-31$v2");
    }

    @Test
    void badTableLineIsReportedWithItsNumber() {
        String t = "# x\nfield\tboth\t200\t245\t# #\t# #\ta=a\tnosuchoption\n";
        assertThatThrownBy(() -> CrosswalkTable.load(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8)),
                CodeTable.load(new ByteArrayInputStream(new byte[0]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void standaloneXmlOfOneRecord() {
        Record m = u2m.apply(TestData.records("unimarc/testunimarc.mrc").get(0));
        String xml = MarcXmlRecordWriter.toXml(m);
        assertThat(xml).contains("<record xmlns=\"http://www.loc.gov/MARC21/slim\">").contains("L&apos;altra faccia");
    }

    @Test
    void everySampleRecordConvertsBothWaysToWellFormedOutput() throws Exception {
        List<String> files = List.of("marc21/brkrtest_marc8.mrc", "marc21/brkrtest_utf8.mrc", "marc21/cyrillic_capital_e.mrc",
                "marc21/pride-and-prejudice-fixed.mrc", "marcxml/chabon.xml", "marcxml/summerland.xml", "marcxml/azdoud.xml",
                "malformed/bu_bibs.mrc", "malformed/pride-and-prejudice-with-many-errors.mrc", "malformed/bad_leaders_10_11.mrc",
                "unimarc/testunimarc.mrc");
        int n = 0;
        for (String f : files) {
            for (Record r : TestData.records(f)) {
                for (Crosswalk cw : List.of(u2m, m2u)) {
                    Record out = cw.apply(r);
                    for (MarcFormat fmt : MarcFormat.values()) {
                        ByteArrayOutputStream bo = new ByteArrayOutputStream();
                        try (MarcRecordWriter w = MarcIO.writer(bo, fmt)) {
                            w.write(out);
                        }
                        var res = MarcIO.reader(new ByteArrayInputStream(bo.toByteArray())).next();
                        assertThat(res.ok()).as(f + " " + r.getControlNumber() + " " + fmt + " " + res).isTrue();
                    }
                    n++;
                }
            }
        }
        assertThat(n).isGreaterThan(1700);
    }
}
