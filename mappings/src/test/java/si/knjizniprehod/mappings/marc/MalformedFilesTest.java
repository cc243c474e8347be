package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marc4j.marc.Record;

/** Malformed input: per-record errors and warnings, never an exception, never a lost good record. */
class MalformedFilesTest {

    static Stream<Path> malformed() {
        return TestData.files("malformed", ".mrc").stream();
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void readsEveryRecordWithoutCrashing(Path file) {
        List<MarcReadResult> res = TestData.readResults(file);
        // record counts from SOURCES.md (yaz-marcdump): every record is accounted for, as a record or an error
        int expected = switch (file.getFileName().toString()) {
            case "bad_leaders_10_11.mrc" -> 1;
            case "bu_bibs.mrc" -> 100;
            default -> 383;
        };
        assertThat(res).hasSize(expected);
        assertThat(res).noneMatch(MarcReadResult::fatal);
        for (MarcReadResult r : res) {
            assertThat(r.position()).isPositive();
            assertThat(r.byteOffset()).isNotNegative();
            if (!r.ok()) assertThat(r.error()).isNotBlank();
        }
        // everything we did read can be written out again in every format
        for (MarcFormat f : MarcFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MarcRecordWriter w = MarcIO.writer(out, f)) {
                for (MarcReadResult r : res) if (r.ok()) w.write(r.record());
            } catch (Exception e) {
                throw new AssertionError(f + ": " + e, e);
            }
        }
    }

    @Test
    void damagedRecordsOfTheErrorsFileAreReportedWithWarnings() {
        List<MarcReadResult> bad = TestData.readResults(TestData.file("malformed/pride-and-prejudice-with-many-errors.mrc"));
        List<MarcReadResult> good = TestData.readResults(TestData.file("marc21/pride-and-prejudice-fixed.mrc"));
        long warned = bad.stream().filter(r -> !r.warnings().isEmpty()).count();
        // yaz-marcdump reports 69 problems in this file; we flag at least as many records
        assertThat(warned).isGreaterThanOrEqualTo(69);
        long encoding = bad.stream().filter(r -> r.warnings().stream().anyMatch(w -> w.contains("not valid UTF-8"))).count();
        assertThat(encoding).as("records with broken UTF-8 reported as such").isPositive();
        // A record read without any warning is its clean twin. The exceptions are damage inside subfield text that no
        // reader can see (XML entities such as "&amp;" typed into the data, MARC-8 escape bytes stripped from EACC
        // text): for those the structure - tags, indicators, subfield codes - must still be the twin's.
        int same = 0;
        int textOnly = 0;
        for (int i = 0; i < bad.size(); i++) {
            MarcReadResult b = bad.get(i);
            if (b.ok() && b.warnings().isEmpty()) {
                Record x = b.record();
                Record y = good.get(i).record();
                String xs = x.getVariableFields().toString().replace("&amp;", "&").replace("&quot;", "\"")
                        .replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">");
                if (xs.equals(y.getVariableFields().toString())) {
                    same++;
                } else {
                    assertThat(structure(x)).as("record %d", i + 1).isEqualTo(structure(y));
                    textOnly++;
                }
            }
        }
        assertThat(same).as("records identical to their twin (entities in the text aside)").isGreaterThan(250);
        assertThat(textOnly).as("measured: 28 records whose CJK text lost its MARC-8 escape bytes").isLessThanOrEqualTo(30);
    }

    private static String structure(Record r) {
        StringBuilder b = new StringBuilder();
        for (org.marc4j.marc.ControlField c : r.getControlFields()) b.append(c.getTag()).append(' ');
        for (org.marc4j.marc.DataField d : r.getDataFields()) {
            b.append(d.getTag()).append(d.getIndicator1()).append(d.getIndicator2());
            for (org.marc4j.marc.Subfield s : d.getSubfields()) b.append('$').append(s.getCode());
            b.append(' ');
        }
        return b.toString();
    }

    @Test
    void garbageBetweenRecordsIsAnErrorAndReadingContinues() throws Exception {
        byte[] one = TestData.records("unimarc/testunimarc.mrc").stream().findFirst()
                .map(r -> Iso2709RecordWriter.toBytes(r, WriteOptions.DEFAULT)).orElseThrow();
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.write(one);
        s.write("this is not MARC at all".getBytes(StandardCharsets.US_ASCII));
        s.write(0x1D);
        s.write("00050nam  22000241  450 ".getBytes(StandardCharsets.US_ASCII)); // length says 50, record is short
        s.write(0x1D);
        byte[] truncated = java.util.Arrays.copyOf(one, 300); // leader promises more bytes than follow before the next record
        s.write(truncated);
        s.write(0x1D);
        s.write(one);
        List<MarcReadResult> res = new ArrayList<>();
        MarcIO.reader(new ByteArrayInputStream(s.toByteArray())).forEachRemaining(res::add);
        assertThat(res).hasSize(5);
        assertThat(res.get(0).ok()).isTrue();
        assertThat(res.get(1).ok()).isFalse();
        assertThat(res.get(1).byteOffset()).isEqualTo(one.length);
        assertThat(res.get(1).position()).isEqualTo(2);
        assertThat(res.get(2).ok()).isFalse();
        // the truncated record is read as far as it goes, with warnings, or rejected; either way it is reported
        assertThat(res.get(3).ok() ? res.get(3).warnings() : List.of(res.get(3).error())).isNotEmpty();
        assertThat(res.get(4).ok()).isTrue();
        Record last = res.get(4).record();
        assertThat(last.getControlNumber()).isEqualTo("IT\\ICCU\\ANA\\0019370");
        assertThat(res.get(4).byteOffset()).isEqualTo(s.size() - one.length);
    }

    @Test
    void brokenXmlEndsWithAFatalErrorAfterTheGoodRecords() {
        String xml = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 i 4500</leader>"
                + "<controlfield tag=\"001\">1</controlfield></record><record><datafield ind1=\" \" ind2=\" \"><subfield code=\"a\">x</subfield></datafield></record>"
                + "<record><controlfield tag=\"001\">3</controlfield></record><record><leader>";
        List<MarcReadResult> res = new ArrayList<>();
        MarcIO.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).forEachRemaining(res::add);
        assertThat(res).extracting(MarcReadResult::ok).containsExactly(true, false, true, false);
        assertThat(res.get(1).error()).contains("without tag");
        assertThat(res.get(3).fatal()).isTrue();
    }

    @Test
    void badJsonRecordIsSkipped() {
        String json = "[{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{\"001\":\"1\"}]},"
                + "{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{\"245\":42}]},"
                + "{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{\"001\":\"3\"}]}]";
        List<MarcReadResult> res = new ArrayList<>();
        MarcIO.reader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).forEachRemaining(res::add);
        assertThat(res).extracting(MarcReadResult::ok).containsExactly(true, false, true);
        assertThat(res.get(2).record().getControlNumber()).isEqualTo("3");
    }
}
