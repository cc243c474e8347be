package si.knjizniprehod.routes.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import picocli.CommandLine;
import si.knjizniprehod.connectors.sru.testing.TestData;
import si.knjizniprehod.mappings.marc.MarcFlavour;
import si.knjizniprehod.mappings.marc.MarcIO;
import si.knjizniprehod.routes.GatewayCli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code marc convert} in process: UNIMARC → MARC 21 → UNIMARC on testunimarc.mrc, formats, exit codes. */
class CatalogueConverterTest {
    @TempDir
    Path dir;

    private static int run(String... args) {
        CommandLine cli = new CommandLine(new GatewayCli());
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private static List<Record> read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return MarcIO.readAll(in);
        }
    }

    private static String sub(Record r, String tag, char code) {
        DataField f = (DataField) r.getVariableField(tag);
        return f == null || f.getSubfield(code) == null ? null : f.getSubfield(code).getData();
    }

    private static String markers(String s) {
        return s == null ? null : s.replace('\u0098', '\u0088').replace('\u009C', '\u0089');
    }

    @Test
    void unimarcToMarc21AndBack() throws Exception {
        Path src = TestData.marc("unimarc/testunimarc.mrc");
        Path m21 = dir.resolve("asimov-marc21.xml");
        Path back = dir.resolve("asimov-unimarc.mrc");
        assertThat(run("marc", "convert", "--from", "unimarc", "--to", "marc21", "--format", "marcxml",
                src.toString(), m21.toString())).isZero();
        assertThat(Files.readString(m21, StandardCharsets.UTF_8)).contains("tag=\"245\"").doesNotContain("tag=\"200\"");
        List<Record> marc21 = read(m21);
        assertThat(marc21).hasSize(1);
        assertThat(MarcFlavour.detect(marc21.get(0))).isEqualTo(MarcFlavour.MARC21);
        assertThat(sub(marc21.get(0), "245", 'a')).startsWith("L'altra faccia della spirale");

        assertThat(run("marc", "convert", "--from", "marc21", "--to", "unimarc", "--format", "iso2709",
                m21.toString(), back.toString())).isZero();
        Record original = read(src).get(0);
        Record roundTrip = read(back).get(0);
        assertThat(MarcFlavour.detect(roundTrip)).isEqualTo(MarcFlavour.UNIMARC);
        assertThat(roundTrip.getControlNumber()).isEqualTo(original.getControlNumber());
        // the non-sorting markers come back as U+0098/U+009C where the source had U+0088/U+0089 (both UNIMARC's)
        assertThat(markers(sub(roundTrip, "200", 'a'))).isEqualTo(markers(sub(original, "200", 'a')));
        assertThat(sub(roundTrip, "010", 'a')).isEqualTo(sub(original, "010", 'a'));
        assertThat(sub(roundTrip, "700", 'a')).isEqualTo(sub(original, "700", 'a'));

        Path json = dir.resolve("asimov.json");
        assertThat(run("marc", "convert", "--to", "marc21", "--format", "json", src.toString(), json.toString())).isZero();
        assertThat(Files.readString(json)).contains("\"245\"").contains("\"leader\"");
    }

    @Test
    void clearErrorsAndExitCodes() throws Exception {
        Path out = dir.resolve("out.xml");
        assertThat(run("marc", "convert", "--to", "pdf", "in", out.toString())).isEqualTo(2);
        assertThat(run("marc", "convert", "--format", "csv", "in", out.toString())).isEqualTo(2);
        assertThat(run("marc", "convert", dir.resolve("missing.mrc").toString(), out.toString())).isEqualTo(1);
        assertThat(out).doesNotExist();
        // an unreadable record is skipped and reported (exit 3); the good ones are written
        Path broken = dir.resolve("broken.mrc");
        Files.write(broken, CatalogueImportTest.brokenFile());
        int code = run("marc", "convert", "--to", "marc21", "--format", "marcxml", broken.toString(), out.toString());
        assertThat(code).isEqualTo(3);
        assertThat(read(out)).hasSize(2);
        // a malformed file whose records are all readable (with warnings) converts completely
        Path out2 = dir.resolve("pp.xml");
        assertThat(run("marc", "convert", "--to", "marc21", "--format", "marcxml", "--quiet",
                TestData.marc("malformed/pride-and-prejudice-with-many-errors.mrc").toString(), out2.toString())).isZero();
        assertThat(read(out2)).hasSizeGreaterThan(300);
    }
}
