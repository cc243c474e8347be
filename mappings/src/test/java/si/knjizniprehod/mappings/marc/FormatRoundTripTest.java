package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/** Any record written in any format reads back identical, with the format auto-detected. */
class FormatRoundTripTest {

    private static final MarcFactory F = MarcFactory.newInstance();

    record Field(String tag, char i1, char i2, List<String> subfields) {
    }

    @Provide
    Arbitrary<Field> fields() {
        Arbitrary<String> tag = Arbitraries.integers().between(10, 999).map(i -> String.format("%03d", i));
        Arbitrary<Character> ind = Arbitraries.of(' ', '0', '1', '2', '9', 'a');
        Arbitrary<String> value = Arbitraries.strings()
                .withCharRange(' ', '~').withCharRange('\u00A0', '\u024F').withCharRange('\u0400', '\u04FF')
                .withChars('č', 'š', 'ž', 'Č', 'Š', 'Ž', 'đ', '&', '<', '>', '"', '\'', '\u0301', '\u4E2D')
                .ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> sub = Combinators.combine(Arbitraries.chars().range('a', 'z').with('0', '4', '9'), value)
                .as((c, v) -> c + v);
        return Combinators.combine(tag, ind, ind, sub.list().ofMinSize(1).ofMaxSize(6)).as(Field::new);
    }

    private static Record record(String id, List<Field> fs) {
        Record r = F.newRecord("00000nam a2200000 i 4500");
        r.addVariableField(F.newControlField("001", id));
        for (Field f : fs) {
            DataField d = F.newDataField(f.tag(), f.i1(), f.i2());
            for (String s : f.subfields()) d.addSubfield(F.newSubfield(s.charAt(0), s.substring(1)));
            r.addVariableField(d);
        }
        return r;
    }

    @Property(tries = 150)
    void everyFormatRoundTrips(@ForAll @Size(max = 25) List<@From("fields") Field> fs1, @ForAll @Size(max = 25) List<@From("fields") Field> fs2)
            throws Exception {
        List<Record> in = List.of(record("rec-1", fs1), record("rec-2 č", fs2));
        for (MarcFormat fmt : MarcFormat.values()) {
            for (boolean lines : new boolean[] {false, true}) {
                if (lines && fmt != MarcFormat.MARC_JSON) continue;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                WriteOptions o = WriteOptions.DEFAULT.withFlavour(MarcFlavour.MARC21).withJsonLines(lines);
                try (MarcRecordWriter w = MarcIO.writer(out, fmt, o)) {
                    for (Record r : in) w.write(r);
                }
                List<MarcReadResult> back = new ArrayList<>();
                try (MarcRecordReader r = MarcIO.reader(new ByteArrayInputStream(out.toByteArray()))) {
                    assertThat(r.format()).isEqualTo(fmt);
                    r.forEachRemaining(back::add);
                }
                assertThat(back).hasSize(2).allMatch(MarcReadResult::ok);
                for (int i = 0; i < 2; i++) {
                    assertThat(fieldsOf(back.get(i).record())).as(fmt + " record " + i).isEqualTo(fieldsOf(in.get(i)));
                    assertThat(back.get(i).record().getLeader().getCharCodingScheme()).isEqualTo('a');
                }
            }
        }
    }

    private static String fieldsOf(Record r) {
        StringBuilder b = new StringBuilder();
        r.getVariableFields().forEach(v -> b.append(v).append('\n'));
        return b.toString();
    }
}
