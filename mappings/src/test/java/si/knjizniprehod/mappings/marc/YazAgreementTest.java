package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * Our ISO 2709 -> MARCXML conversion against {@code yaz-marcdump -i marc -o marcxml}, record for record, on every
 * sample file in shared/data/marc/marc21 and /unimarc. Both outputs are parsed with Marc4J's own MarcXmlReader (an
 * independent parser) and compared field by field.
 *
 * <p>Normalised: leader/09, which yaz's marcxml output sets to 'a' (documented: "-o marcxml" writes UTF-8 records
 * and marks them so). For files whose records are MARC-8 yaz is run with {@code -f marc8 -t utf8} (its documented
 * charset conversion) since it does not convert on its own. Not normalised but checked separately: our writer
 * declares UTF-8 in UNIMARC 100$a/26-29 ("50  "); those 4 characters are asserted to be "50  " and the rest of the
 * subfield is compared.
 */
class YazAgreementTest {

    @BeforeAll
    static void yaz() {
        assumeTrue(TestData.hasYaz(), "yaz-marcdump not installed");
    }

    static Stream<Path> samples() {
        List<Path> l = new ArrayList<>(TestData.files("marc21", ".mrc"));
        l.addAll(TestData.files("unimarc", ".mrc"));
        return l.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ourMarcxmlAgreesWithYaz(Path file) throws Exception {
        List<MarcReadResult> results = TestData.readResults(file);
        assertThat(results).allMatch(MarcReadResult::ok);
        boolean marc8 = results.stream().allMatch(r -> r.encoding() == MarcEncoding.MARC_8);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        try (MarcRecordWriter w = MarcIO.writer(ours, MarcFormat.MARCXML)) {
            for (MarcReadResult r : results) w.write(r.record());
        }
        List<String> cmd = new ArrayList<>(List.of("yaz-marcdump", "-i", "marc", "-o", "marcxml"));
        if (marc8) cmd.addAll(List.of("-f", "marc8", "-t", "utf8"));
        cmd.add(file.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] yaz = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();

        List<Record> a = parse(new ByteArrayInputStream(ours.toByteArray()));
        List<Record> b = parse(new ByteArrayInputStream(yaz));
        assertThat(a).hasSameSizeAs(b).hasSize(results.size());
        for (int i = 0; i < a.size(); i++) {
            compare(i + 1, a.get(i), b.get(i), results.get(i).flavour());
        }
    }

    private static List<Record> parse(InputStream in) {
        List<Record> l = new ArrayList<>();
        MarcXmlReader r = new MarcXmlReader(in);
        while (r.hasNext()) l.add(r.next());
        return l;
    }

    private static void compare(int n, Record ours, Record yaz, MarcFlavour flavour) {
        String lo = ours.getLeader().marshal();
        String ly = yaz.getLeader().marshal();
        assertThat(lo.substring(0, 9) + lo.substring(10)).as("record %d leader (without 09)", n)
                .isEqualTo(ly.substring(0, 9) + ly.substring(10));
        List<String> co = new ArrayList<>();
        for (ControlField c : ours.getControlFields()) co.add(c.getTag() + "=" + c.getData());
        List<String> cy = new ArrayList<>();
        for (ControlField c : yaz.getControlFields()) cy.add(c.getTag() + "=" + c.getData());
        assertThat(co).as("record %d control fields", n).isEqualTo(cy);
        List<DataField> fo = ours.getDataFields();
        List<DataField> fy = yaz.getDataFields();
        assertThat(fo).as("record %d data fields", n).hasSameSizeAs(fy);
        for (int k = 0; k < fo.size(); k++) {
            DataField x = fo.get(k);
            DataField y = fy.get(k);
            assertThat(x.getTag() + x.getIndicator1() + x.getIndicator2()).as("record %d field %d", n, k)
                    .isEqualTo(y.getTag() + y.getIndicator1() + y.getIndicator2());
            List<Subfield> sx = x.getSubfields();
            List<Subfield> sy = y.getSubfields();
            assertThat(sx).as("record %d field %s", n, x.getTag()).hasSameSizeAs(sy);
            for (int j = 0; j < sx.size(); j++) {
                String dx = sx.get(j).getData();
                String dy = sy.get(j).getData();
                if (flavour == MarcFlavour.UNIMARC && "100".equals(x.getTag()) && sx.get(j).getCode() == 'a' && dx.length() >= 30) {
                    assertThat(dx.substring(26, 30)).as("record %d 100$a/26-29 declares UTF-8", n).isEqualTo("50  ");
                    dx = dx.substring(0, 26) + dx.substring(30);
                    dy = dy.length() >= 30 ? dy.substring(0, 26) + dy.substring(30) : dy;
                }
                assertThat(sx.get(j).getCode() + dx).as("record %d field %s subfield %d", n, x.getTag(), j)
                        .isEqualTo(sy.get(j).getCode() + dy);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("xmlSamples")
    void ourMarcxmlReaderAgreesWithMarc4j(Path file) throws IOException {
        List<Record> ours = TestData.readResults(file).stream().map(MarcReadResult::record).toList();
        List<Record> ref;
        try (InputStream in = Files.newInputStream(file)) {
            ref = parse(in);
        }
        assertThat(ours).hasSameSizeAs(ref);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).toString()).isEqualTo(ref.get(i).toString());
        }
    }

    static Stream<Path> xmlSamples() {
        return TestData.files("marcxml", ".xml").stream();
    }
}
