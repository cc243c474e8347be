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
        assertThat(warned).isGreaterThanOrEqualTo(10);
        // records without any warning read exactly like their clean twins
        int same = 0;
        for (int i = 0; i < bad.size(); i++) {
            MarcReadResult b = bad.get(i);
            if (b.ok() && b.warnings().isEmpty() && b.record().getControlNumber() != null
                    && b.record().getControlNumber().equals(good.get(i).record().getControlNumber())) {
                same++;
            }
        }
        assertThat(same).isGreaterThan(300);
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
