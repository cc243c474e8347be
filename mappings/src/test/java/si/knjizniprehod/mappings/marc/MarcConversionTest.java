package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarcConversionTest {

    @Test
    void unimarcIsoToMarc21JsonAndBackToUnimarcXml() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        MarcConversion.Stats s;
        try (InputStream in = Files.newInputStream(TestData.file("unimarc/periouni.mrc"))) {
            s = MarcConversion.convert(in, json, null, MarcFlavour.MARC21, MarcFormat.MARC_JSON, null);
        }
        assertThat(s.read()).isEqualTo(3064);
        assertThat(s.written()).isEqualTo(3064);
        assertThat(s.crosswalked()).isEqualTo(3064);
        assertThat(s.errors()).isZero();
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        MarcConversion.Stats back = MarcConversion.convert(new ByteArrayInputStream(json.toByteArray()), xml, null,
                MarcFlavour.UNIMARC, MarcFormat.MARCXML, null);
        assertThat(back.crosswalked()).isEqualTo(3064);
        List<MarcReadResult> res = new ArrayList<>();
        MarcIO.reader(new ByteArrayInputStream(xml.toByteArray())).forEachRemaining(res::add);
        assertThat(res).hasSize(3064).allMatch(r -> r.flavour() == MarcFlavour.UNIMARC);
    }

    @Test
    void badRecordsAreReportedAndSkipped() throws Exception {
        List<MarcReadResult> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcConversion.Stats s;
        try (InputStream in = Files.newInputStream(TestData.file("malformed/pride-and-prejudice-with-many-errors.mrc"))) {
            s = MarcConversion.convert(in, out, null, null, MarcFormat.ISO2709, problems::add);
        }
        assertThat(s.read()).isEqualTo(383);
        assertThat(s.written() + s.errors()).isEqualTo(383);
        assertThat(problems).hasSize((int) (s.errors() + s.warnings()));
        assertThat(s.crosswalked()).isZero();
    }
}
