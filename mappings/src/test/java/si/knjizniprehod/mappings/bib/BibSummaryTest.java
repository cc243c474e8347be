package si.knjizniprehod.mappings.bib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import si.knjizniprehod.mappings.marc.MarcFlavour;
import si.knjizniprehod.mappings.marc.TestData;
import si.knjizniprehod.mappings.marc.crosswalk.Crosswalk;

class BibSummaryTest {

    @Test
    void unimarcMonograph() {
        BibSummary s = BibSummaries.of(TestData.records("unimarc/testunimarc.mrc").get(0));
        assertThat(s.flavour()).isEqualTo(MarcFlavour.UNIMARC);
        assertThat(s.recordId()).isEqualTo("IT\\ICCU\\ANA\\0019370");
        assertThat(s.title()).isEqualTo("L'altra faccia della spirale");
        assertThat(s.responsibility()).isEqualTo("Isaac Asimov ; traduzione di Cesare Scaglia ; introduzione di Fruttero & Lucentini");
        assertThat(s.authors()).containsExactly("Asimov, Isaac", "Fruttero, Carlo", "Lucentini, Franco", "Scaglia, Cesare");
        assertThat(s.year()).isEqualTo("1996");
        assertThat(s.publisher()).isEqualTo("A. Mondadori");
        assertThat(s.place()).isEqualTo("Milano");
        assertThat(s.isbns()).containsExactly("88-04-40682-8");
        assertThat(s.issns()).isEmpty();
        assertThat(s.languages()).containsExactly("ita");
        assertThat(s.materialType()).isEqualTo(MaterialType.BOOK);
        assertThat(s.cobissId()).isNull();
    }

    @Test
    void unimarcSerialWithNonAsciiText() {
        List<Record> recs = TestData.records("unimarc/periouni.mrc");
        BibSummary s = BibSummaries.of(recs.get(1));
        assertThat(s.title()).isEqualTo("20 century British history");
        assertThat(s.issns()).containsExactly("0955-2359");
        assertThat(s.year()).isEqualTo("1990");
        assertThat(s.publisher()).isEqualTo("Oxford University Press");
        assertThat(s.materialType()).isEqualTo(MaterialType.SERIAL);
        assertThat(s.authors()).containsExactly("Institute of Contemporary British History");
        BibSummary hr = recs.stream().map(BibSummaries::of).filter(x -> x.title() != null && x.title().startsWith("Anali Hrvatskog"))
                .findFirst().orElseThrow();
        assertThat(hr.title()).isEqualTo("Anali Hrvatskog politološkog društva");
    }

    @Test
    void marc21Record() {
        BibSummary s = BibSummaries.of(TestData.records("marc21/brkrtest_utf8.mrc").get(0));
        assertThat(s.flavour()).isEqualTo(MarcFlavour.MARC21);
        assertThat(s.title()).isEqualTo("New test record number 1 with ordinary data");
        assertThat(s.responsibility()).isEqualTo("by Jane Deer-Doe ; edited by Patty O'Furniture");
        assertThat(s.authors()).containsExactly("Deer-Doe, J.", "O'Furniture, Patty");
        assertThat(s.year()).isEqualTo("1955");
        assertThat(s.publisher()).isEqualTo("Library of Congress");
        assertThat(s.place()).isEqualTo("Washington, DC");
        assertThat(s.languages()).containsExactly("eng");
        assertThat(s.materialType()).isEqualTo(MaterialType.BOOK);
    }

    @Test
    void summaryIsTheSameBeforeAndAfterTheCrosswalk() {
        Crosswalk u2m = Crosswalk.unimarcToMarc21();
        List<String> diffs = new ArrayList<>();
        List<Record> recs = new ArrayList<>(TestData.records("unimarc/periouni.mrc"));
        recs.addAll(TestData.records("unimarc/testunimarc.mrc"));
        for (Record r : recs) {
            BibSummary a = BibSummaries.of(r);
            BibSummary b = BibSummaries.of(u2m.apply(r));
            // exact on everything except the two free-text statements, which are compared without punctuation:
            // UNIMARC data that itself carries ISBD punctuation ("$d = Parallel title") is joined differently
            BibSummary bb = new BibSummary(b.recordId(), b.cobissId(), a.flavour(), b.title(), a.remainderOfTitle(),
                    a.responsibility(), b.authors(), b.year(), b.publisher(), b.place(), b.isbns(), b.issns(),
                    b.languages(), b.materialType(), b.udc());
            if (!a.equals(bb) || !letters(a.remainderOfTitle()).equals(letters(b.remainderOfTitle()))
                    || !letters(a.responsibility()).equals(letters(b.responsibility()))) {
                diffs.add(a + "\n  " + b);
            }
        }
        assertThat(diffs).isEmpty();
    }

    private static String letters(String s) {
        return s == null ? "" : s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    @Test
    void cobissId() {
        MarcFactory f = MarcFactory.newInstance();
        Record r = f.newRecord("00000nam  2200000   450 ");
        r.addVariableField(f.newControlField("001", "123456789"));
        DataField d = f.newDataField("035", ' ', ' ');
        d.addSubfield(f.newSubfield('a', "(SI-MaCOB)12345678"));
        r.addVariableField(d);
        assertThat(BibSummaries.of(r).cobissId()).isEqualTo("12345678");
        Record r2 = f.newRecord("00000nam a2200000 i 4500");
        r2.addVariableField(f.newControlField("001", "987654"));
        r2.addVariableField(f.newControlField("003", "SI-MaCOB COBISS.SI"));
        assertThat(BibSummaries.of(r2).cobissId()).isEqualTo("987654");
    }
}
