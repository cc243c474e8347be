package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcJsonReader;
import org.marc4j.MarcJsonWriter;
import org.marc4j.MarcStreamReader;
import org.marc4j.marc.Record;

/** Our ISO 2709 and MARC-in-JSON output read by Marc4J's own readers, and Marc4J's JSON read by ours. */
class Marc4jInteropTest {

    private static List<Record> sample() {
        List<Record> l = new ArrayList<>(TestData.records("marc21/brkrtest_utf8.mrc"));
        l.addAll(TestData.records("unimarc/testunimarc.mrc"));
        return l;
    }

    @Test
    void marc4jReadsOurJsonAndIso2709() throws Exception {
        List<Record> in = sample();
        for (MarcFormat f : new MarcFormat[] {MarcFormat.MARC_JSON, MarcFormat.ISO2709}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MarcRecordWriter w = MarcIO.writer(out, f, WriteOptions.DEFAULT.withJsonLines(f == MarcFormat.MARC_JSON))) {
                for (Record r : in) w.write(r);
            }
            List<Record> back = new ArrayList<>();
            if (f == MarcFormat.MARC_JSON) {
                MarcJsonReader r = new MarcJsonReader(new ByteArrayInputStream(out.toByteArray()));
                while (r.hasNext()) back.add(r.next());
            } else {
                MarcStreamReader r = new MarcStreamReader(new ByteArrayInputStream(out.toByteArray()), "UTF-8");
                while (r.hasNext()) back.add(r.next());
            }
            assertThat(back).as(f.name()).hasSameSizeAs(in);
            for (int i = 0; i < in.size(); i++) {
                assertThat(back.get(i).getVariableFields().toString()).as(f + " record " + i)
                        .isEqualTo(in.get(i).getVariableFields().toString());
            }
        }
    }

    @Test
    void weReadMarc4jJson() {
        List<Record> in = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcJsonWriter w = new MarcJsonWriter(out, MarcJsonWriter.MARC_IN_JSON);
        for (Record r : in) w.write(r);
        w.close();
        List<MarcReadResult> back = new ArrayList<>();
        MarcIO.reader(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(back::add);
        assertThat(back).hasSameSizeAs(in).allMatch(MarcReadResult::ok);
        for (int i = 0; i < in.size(); i++) {
            assertThat(back.get(i).record().getVariableFields().toString()).isEqualTo(in.get(i).getVariableFields().toString());
        }
    }
}
