package si.knjizniprehod.sip2.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The framer against any chunking of the byte stream (half frames arriving in pieces). */
class Sip2FrameDecoderTest {
    private static final int MAX = 64;

    @Property(tries = 300)
    void anyChunkingGivesTheSameFrames(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int frames) {
        Random r = new Random(seed);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            int len = r.nextInt(MAX + 20);
            byte[] f = new byte[len];
            for (int j = 0; j < len; j++) {
                byte b;
                do {
                    b = (byte) r.nextInt(256);
                } while (b == '\r' || b == '\n');
                f[j] = b;
            }
            stream.writeBytes(f);
            stream.writeBytes(r.nextBoolean() ? new byte[] {'\r'} : new byte[] {'\r', '\n'});
            if (len > MAX) {
                expected.add(Sip2FrameDecoder.TOO_LONG);
            } else if (len > 0) {
                expected.add(new String(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        byte[] all = stream.toByteArray();
        EmbeddedChannel ch = new EmbeddedChannel(new Sip2FrameDecoder(MAX));
        int i = 0;
        while (i < all.length) {
            int n = 1 + r.nextInt(Math.min(50, all.length - i));
            ch.writeInbound(Unpooled.wrappedBuffer(all, i, n));
            i += n;
        }
        List<Object> got = new ArrayList<>();
        Object o;
        while ((o = ch.readInbound()) != null) {
            got.add(o instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) : o);
        }
        assertThat(got).isEqualTo(expected);
        assertThat(ch.finish()).isFalse();
    }

    @Property(tries = 200)
    void endlessGarbageStaysBounded(@ForAll long seed) {
        Random r = new Random(seed);
        EmbeddedChannel ch = new EmbeddedChannel(new Sip2FrameDecoder(MAX));
        int tooLong = 0;
        for (int k = 0; k < 50; k++) {
            byte[] chunk = new byte[1 + r.nextInt(200)];
            r.nextBytes(chunk);
            for (int j = 0; j < chunk.length; j++) {
                if (chunk[j] == '\r' || chunk[j] == '\n') {
                    chunk[j] = 'x';
                }
            }
            ch.writeInbound(Unpooled.wrappedBuffer(chunk));
            Object o;
            while ((o = ch.readInbound()) != null) {
                assertThat(o).isSameAs(Sip2FrameDecoder.TOO_LONG);
                tooLong++;
            }
        }
        assertThat(tooLong).isEqualTo(1); // one unterminated frame: one 96, the rest discarded
        ch.finishAndReleaseAll();
    }
}
