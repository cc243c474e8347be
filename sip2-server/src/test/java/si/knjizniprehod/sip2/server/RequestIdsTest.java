package si.knjizniprehod.sip2.server;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.codec.ParsedFrame;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.message.CheckoutRequest;
import si.knjizniprehod.sip2.message.ScStatusRequest;
import si.knjizniprehod.sip2.message.Sip2Message;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {
    private final Sip2Codec codec = new Sip2Codec();

    @Test
    void aResentMessageKeepsItsKeyWhateverItsSequenceNumber() throws Exception {
        CheckoutRequest checkout = checkout(LocalDateTime.of(2026, 12, 1, 9, 30, 5), "RI1001");
        String first = key("sc-ri", checkout, 1, true);
        assertThat(key("sc-ri", checkout, 2, true)).isEqualTo(first);
        assertThat(key("sc-ri", checkout, null, false)).isEqualTo(first);
        assertThat(first).matches("sc-ri-20261201093005-[0-9a-f]{24}");
    }

    @Test
    void theKeyCoversTheBytesTheCodecReadsAsTheMessage() throws Exception {
        // the codec skips line ends and NULs before a message; the key must not depend on them either
        CheckoutRequest checkout = checkout(LocalDateTime.of(2026, 12, 1, 9, 30, 5), "RI1001");
        byte[] wire = codec.encode(checkout, StandardCharsets.UTF_8, 3, true);
        byte[] midStream = new byte[wire.length + 1];
        midStream[0] = '\n';
        System.arraycopy(wire, 0, midStream, 1, wire.length);
        assertThat(keyOf("sc-ri", midStream)).isEqualTo(keyOf("sc-ri", wire));
    }

    @Test
    void anotherTerminalItemOrMomentIsAnotherRequest() throws Exception {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 9, 30, 5);
        String first = key("sc-ri", checkout(at, "RI1001"), 1, true);
        assertThat(key("sc-aj", checkout(at, "RI1001"), 1, true)).isNotEqualTo(first);
        assertThat(key("sc-ri", checkout(at, "RI1002"), 1, true)).isNotEqualTo(first);
        assertThat(key("sc-ri", checkout(at.plusSeconds(1), "RI1001"), 1, true)).isNotEqualTo(first);
    }

    @Test
    void oneTerminalsKeysSortInTheOrderOfItsTransactions() throws Exception {
        // later transactions sort after earlier ones, whatever the hash: new keys go to the end of the index
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 9, 59, 59);
        String earlier = key("sc-ri", checkout(at, "ZZZ-ITEM"), 1, true);
        String later = key("sc-ri", checkout(at.plusSeconds(1), "AAA-ITEM"), 1, true);
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void aMessageWithoutATransactionDateStillHasAStableKey() throws Exception {
        ScStatusRequest status = new ScStatusRequest('0', 80, "2.00");
        assertThat(key("sc-ri", status, 1, true)).startsWith("sc-ri-00000000000000-")
                .isEqualTo(key("sc-ri", status, 5, true));
    }

    private static CheckoutRequest checkout(LocalDateTime at, String item) {
        return new CheckoutRequest(false, false, at, null, "RI", "RI0001", item, "", null, null, null, null);
    }

    private String key(String login, Sip2Message m, Integer sequence, boolean errorDetection) throws Exception {
        return keyOf(login, codec.encode(m, StandardCharsets.UTF_8, sequence, errorDetection));
    }

    private String keyOf(String login, byte[] frame) throws Exception {
        ParsedFrame parsed = codec.parse(frame, StandardCharsets.UTF_8, true);
        return RequestIds.of(login, frame, parsed);
    }
}
