package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import si.knjizniprehod.sip2.codec.ParsedFrame;
import si.knjizniprehod.sip2.codec.Sip2Charset;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.codec.Sip2ParseException;
import si.knjizniprehod.sip2.message.MessageType;
import si.knjizniprehod.sip2.message.Sip2Message;

class CodecPropertiesTest {
    private static final Sip2Codec PIPE = new Sip2Codec();
    private static final Sip2Codec CARET = new Sip2Codec('^', ZoneId.of("Europe/Ljubljana"));

    /** Every message type in every supported charset, with and without error detection, two delimiters. */
    @Property(tries = 60)
    void encodeThenParseGivesTheSameMessage(@ForAll long seed) throws Exception {
        Random r = new Random(seed);
        for (MessageType type : MessageType.values()) {
            for (Sip2Charset cs : Sip2Charset.values()) {
                Sip2Message m = MessageGenerator.random(type, cs, r);
                boolean ed = r.nextBoolean();
                Integer seq = ed && r.nextBoolean() ? r.nextInt(10) : null;
                Sip2Codec codec = r.nextBoolean() ? PIPE : CARET;
                if (codec == CARET && containsCaret(m)) {
                    codec = PIPE;
                }
                byte[] wire = codec.encode(m, cs.charset(), seq, ed);
                assertThat(wire[wire.length - 1]).isEqualTo((byte) '\r');
                ParsedFrame f = codec.parse(wire, cs.charset(), true);
                assertThat(f.message()).as("%s in %s: %s", type, cs, new String(wire, cs.charset())).isEqualTo(m);
                assertThat(f.hadChecksum()).isEqualTo(ed);
                assertThat(f.sequence()).isEqualTo(seq);
                assertThat(f.unknownFields()).isEmpty();
                if (ed) {
                    assertThat(TestClient.checksumValid(java.util.Arrays.copyOf(wire, wire.length - 1))).isTrue();
                }
            }
        }
    }

    private static boolean containsCaret(Sip2Message m) {
        return m.toString().indexOf('^') >= 0;
    }

    /** Random bytes: the decoder returns a message or throws its typed exception, nothing else. */
    @Property(tries = 3000)
    void randomBytesNeverThrowAnythingElse(@ForAll("frames") byte[] bytes, @ForAll Sip2Charset cs,
                                           @ForAll boolean verify) {
        try {
            PIPE.parse(bytes, cs.charset(), verify);
        } catch (Sip2ParseException expected) {
            assertThat(expected.kind()).isNotNull();
        }
    }

    @Provide
    Arbitrary<byte[]> frames() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        // mostly-valid prefixes make the parser go deeper than the code check
        Arbitrary<byte[]> codeFirst = Arbitraries.of(MessageType.values()).flatMap(t ->
                Arbitraries.bytes().array(byte[].class).ofMaxSize(120).map(tail ->
                        TestClient.concat(t.code().getBytes(StandardCharsets.US_ASCII), tail)));
        Arbitrary<byte[]> mutated = Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(0, 5).map(k -> {
            Random r = new Random(seed);
            MessageType t = MessageType.values()[r.nextInt(MessageType.values().length)];
            try {
                byte[] b = PIPE.encode(MessageGenerator.random(t, Sip2Charset.UTF_8, r), StandardCharsets.UTF_8, 1, true);
                for (int i = 0; i < k && b.length > 0; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        return Arbitraries.oneOf(random, codeFirst, mutated);
    }

    /** Unknown fields are kept in the frame and otherwise ignored. */
    @Property(tries = 50)
    void unknownFieldsAreKeptAndIgnored(@ForAll("ids") String id) throws Exception {
        String s = "1720250101    120000AOKP|ABI001|" + id + "x y|ACpw|";
        ParsedFrame f = PIPE.parse(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        assertThat(f.unknownFields()).extracting(x -> x.id() + x.value()).containsExactly(id + "x y");
        assertThat(f.message().toString()).contains("I001");
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(s -> !s.equals("AO") && !s.equals("AB")
                && !s.equals("AC"));
    }
}
