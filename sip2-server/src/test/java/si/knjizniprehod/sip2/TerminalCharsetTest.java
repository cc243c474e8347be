package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.message.ItemInformationResponse;
import si.knjizniprehod.sip2.message.PatronStatusResponse;
import si.knjizniprehod.sip2.server.Sip2Server;

/** sc-kp is a windows-1250 terminal, sc-ri a UTF-8 one, sc-ra ISO-8859-2, sc-aj IBM852: same title, right bytes. */
class TerminalCharsetTest {
    private static final String TITLE = "Čaša šumečih žvečilk";
    private static final String NAME = "Žiga Čebašek";
    private Sip2Server server;

    @BeforeEach
    void start() throws Exception {
        server = ServerFixture.start(InMemoryBackend.demo(), ServerFixture.demoAccounts(a -> a), ServerFixture.plain());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private byte[][] titleAndName(String login, String ao, Charset cs) throws Exception {
        try (TestClient c = TestClient.connect(server.port("plain"), cs)) {
            assertThat(c.call("9300CN" + login + "|COdemo|")).startsWith("941");
            c.sendWithChecksum("17" + ServerFixture.D + "AO" + ao + "|ABI001|");
            byte[] item = c.readFrame();
            c.sendWithChecksum("23001" + ServerFixture.D + "AO" + ao + "|AAP001|AC|");
            byte[] patron = c.readFrame();
            return new byte[][] {item, patron};
        }
    }

    @Test
    void windows1250AndUtf8TerminalsReadTheSameTitleAndName() throws Exception {
        Charset cp1250 = Charset.forName("windows-1250");
        byte[][] w = titleAndName("sc-kp", "KP", cp1250);
        byte[][] u = titleAndName("sc-ri", "RI", StandardCharsets.UTF_8);
        for (byte[] f : new byte[][] {w[0], w[1], u[0], u[1]}) {
            assertThat(TestClient.checksumValid(f)).isTrue();
        }
        assertThat(((ItemInformationResponse) ServerFixture.parse(w[0], cp1250)).titleIdentifier()).isEqualTo(TITLE);
        assertThat(((ItemInformationResponse) ServerFixture.parse(u[0], StandardCharsets.UTF_8)).titleIdentifier()).isEqualTo(TITLE);
        assertThat(((PatronStatusResponse) ServerFixture.parse(w[1], cp1250)).personalName()).isEqualTo(NAME);
        assertThat(((PatronStatusResponse) ServerFixture.parse(u[1], StandardCharsets.UTF_8)).personalName()).isEqualTo(NAME);
        // the bytes on the wire really differ: č is E8 in windows-1250, C4 8D in UTF-8
        assertThat(indexOf(w[0], TITLE.getBytes(cp1250))).isPositive();
        assertThat(indexOf(u[0], TITLE.getBytes(StandardCharsets.UTF_8))).isPositive();
        assertThat(indexOf(w[0], TITLE.getBytes(StandardCharsets.UTF_8))).isNegative();
        assertThat(w[0].length).isLessThan(u[0].length);
    }

    @Test
    void iso88592AndIbm852Terminals() throws Exception {
        Charset latin2 = Charset.forName("ISO-8859-2");
        Charset cp852 = Charset.forName("IBM852");
        byte[][] l = titleAndName("sc-ra", "RA", latin2);
        byte[][] d = titleAndName("sc-aj", "AJ", cp852);
        assertThat(TestClient.checksumValid(l[0])).isTrue();
        assertThat(TestClient.checksumValid(d[0])).isTrue();
        assertThat(indexOf(l[0], TITLE.getBytes(latin2))).isPositive();
        assertThat(indexOf(d[0], TITLE.getBytes(cp852))).isPositive();
        assertThat(((ItemInformationResponse) ServerFixture.parse(d[0], cp852)).titleIdentifier()).isEqualTo(TITLE);
    }

    @Test
    void ibm852TerminalWithoutErrorDetectionReadsSlovenianLetters() throws Exception {
        Charset cp852 = Charset.forName("IBM852");
        try (TestClient c = TestClient.connect(server.port("plain"), cp852)) {
            c.sendPlain("9300CNsc-po|COdemo|");
            assertThat(c.read()).isEqualTo("941"); // sc-po: error detection off, no AY/AZ
            c.sendPlain("17" + ServerFixture.D + "AOPO|ABI002|");
            String r = c.read();
            assertThat(r).contains("AJPovodni mož|").doesNotContain("AZ"); // ž is in IBM852 (Latin-2 DOS)
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
