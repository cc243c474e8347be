package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;

/** The MARC-8 test file decodes (leader/09 blank -> AnselToUnicode) to exactly the text of its UTF-8 twin. */
class Marc8DecodingTest {

    @Test
    void marc8FileDecodesToTheSameTextAsTheUtf8File() {
        List<MarcReadResult> m8 = TestData.readResults(TestData.file("marc21/brkrtest_marc8.mrc"));
        List<MarcReadResult> u8 = TestData.readResults(TestData.file("marc21/brkrtest_utf8.mrc"));
        assertThat(m8).hasSize(8).allMatch(MarcReadResult::ok).allMatch(r -> r.encoding() == MarcEncoding.MARC_8);
        assertThat(u8).hasSize(8).allMatch(MarcReadResult::ok).allMatch(r -> r.encoding() == MarcEncoding.UTF_8);
        int nonAscii = 0;
        for (int i = 0; i < 8; i++) {
            Record a = m8.get(i).record();
            Record b = u8.get(i).record();
            List<VariableField> fa = a.getVariableFields();
            List<VariableField> fb = b.getVariableFields();
            assertThat(fa).hasSameSizeAs(fb);
            for (int k = 0; k < fa.size(); k++) {
                assertThat(fa.get(k).toString()).as("record %d field %d", i + 1, k).isEqualTo(fb.get(k).toString());
                if (fa.get(k).toString().chars().anyMatch(c -> c > 127)) nonAscii++;
            }
        }
        assertThat(nonAscii).as("fields with non-ASCII text actually compared").isGreaterThan(20);
    }

    @Test
    void marc8WrittenBackIsUtf8AndDeclaredSo() {
        Record r = TestData.records("marc21/brkrtest_marc8.mrc").get(0);
        byte[] iso = Iso2709RecordWriter.toBytes(r, WriteOptions.DEFAULT);
        assertThat((char) iso[9]).isEqualTo('a');
        MarcReadResult back = MarcIO.reader(new java.io.ByteArrayInputStream(iso)).next();
        assertThat(back.encoding()).isEqualTo(MarcEncoding.UTF_8);
        assertThat(back.record().toString()).isEqualTo(r.toString().replaceFirst("^LEADER (\\d{5})(.{4}) ", "LEADER $1$2a").replaceFirst("^LEADER \\d{5}", "LEADER " + String.format("%05d", iso.length)));
    }
}
