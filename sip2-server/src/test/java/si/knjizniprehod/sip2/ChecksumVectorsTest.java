package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.codec.Checksum;
import si.knjizniprehod.sip2.codec.ParsedFrame;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.codec.Sip2ParseException;
import si.knjizniprehod.sip2.message.LoginRequest;
import si.knjizniprehod.sip2.message.LoginResponse;
import si.knjizniprehod.sip2.message.RequestAcsResend;
import si.knjizniprehod.sip2.message.RequestScResend;

/** The published SIP2 checksum vectors. */
class ChecksumVectorsTest {
    private final Sip2Codec codec = new Sip2Codec();

    private ParsedFrame parse(String s) throws Sip2ParseException {
        return codec.parse(s.getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8, true);
    }

    @Test
    void loginVectorIsValid() throws Exception {
        ParsedFrame f = parse("9300CNuser_id|COpassw0rd|AY1AZF594\r");
        assertThat(f.hadChecksum()).isTrue();
        assertThat(f.sequence()).isEqualTo(1);
        LoginRequest l = (LoginRequest) f.message();
        assertThat(l.loginUserId()).isEqualTo("user_id");
        assertThat(l.loginPassword()).isEqualTo("passw0rd");
        assertThat(l.uidAlgorithm()).isEqualTo('0');
    }

    @Test
    void loginVectorWithWrongChecksumIsRejected() {
        assertThatThrownBy(() -> parse("9300CNuser_id|COpassw0rd|AY1AZF595"))
                .isInstanceOf(Sip2ParseException.class)
                .extracting(e -> ((Sip2ParseException) e).kind()).isEqualTo(Sip2ParseException.Kind.BAD_CHECKSUM);
    }

    @Test
    void shortVectors() throws Exception {
        assertThat(parse("97AZFEF5").message()).isSameAs(RequestAcsResend.INSTANCE);
        assertThat(parse("96AZFEF6").message()).isSameAs(RequestScResend.INSTANCE);
        ParsedFrame f = parse("941AY0AZFDFD");
        assertThat(f.message()).isEqualTo(new LoginResponse(true));
        assertThat(f.sequence()).isEqualTo(0);
    }

    /** Without error detection, a value ending the frame may look like AZxxxx or AYn: it is data (found by jqwik). */
    @Test
    void fieldValuesThatLookLikeTrailersAreData() throws Exception {
        ParsedFrame notHex = parse("9300CNuser_id|COAZ12A|\r");
        assertThat(notHex.hadChecksum()).isFalse();
        assertThat(((LoginRequest) notHex.message()).loginPassword()).isEqualTo("AZ12A");

        ParsedFrame hex = parse("9300CNuser_id|COAZ12AB\r");
        assertThat(hex.hadChecksum()).isFalse();
        assertThat(((LoginRequest) hex.message()).loginPassword()).isEqualTo("AZ12AB");

        ParsedFrame sequenceLike = parse("9300CNuser_id|COpwAY5\r");
        assertThat(sequenceLike.sequence()).isNull();
        assertThat(((LoginRequest) sequenceLike.message()).loginPassword()).isEqualTo("pwAY5");

        ParsedFrame printLine = parse("20120911218    205619ABmsf|AJM.7z|AGAZHR |\r");
        assertThat(printLine.hadChecksum()).isFalse();
        assertThat(printLine.message().toString()).contains("printLine=AZHR ");
    }

    @Test
    void encoderProducesTheVectors() {
        assertThat(codec.encodeToString(RequestAcsResend.INSTANCE, StandardCharsets.UTF_8, null, true)).isEqualTo("97AZFEF5");
        assertThat(codec.encodeToString(RequestScResend.INSTANCE, StandardCharsets.UTF_8, null, true)).isEqualTo("96AZFEF6");
        assertThat(codec.encodeToString(new LoginResponse(true), StandardCharsets.UTF_8, 0, true)).isEqualTo("941AY0AZFDFD");
        assertThat(codec.encodeToString(new LoginRequest('0', '0', "user_id", "passw0rd", null), StandardCharsets.UTF_8, 1, true))
                .isEqualTo("9300CNuser_id|COpassw0rd|AY1AZF594");
        assertThat(codec.encode(new LoginResponse(false), StandardCharsets.UTF_8, null, false))
                .isEqualTo("940\r".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void checksumIsTwosComplementOfByteSum() {
        byte[] b = "97AZ".getBytes(StandardCharsets.US_ASCII);
        int sum = '9' + '7' + 'A' + 'Z';
        assertThat(Checksum.compute(b, 0, b.length)).isEqualTo((0x10000 - sum) & 0xFFFF);
        assertThat(Checksum.hex(0xA)).isEqualTo("000A");
    }

    @Test
    void crlfTerminatorAndMissingChecksumAreAccepted() throws Exception {
        assertThat(parse("941\r\n").message()).isEqualTo(new LoginResponse(true));
        assertThat(parse("\n941").hadChecksum()).isFalse();
    }

    @Test
    void checksumNotVerifiedWhenErrorDetectionIsOff() throws Exception {
        ParsedFrame f = codec.parse("9300CNuser_id|COpassw0rd|AY1AZF595".getBytes(StandardCharsets.US_ASCII),
                StandardCharsets.UTF_8, false);
        assertThat(f.message()).isInstanceOf(LoginRequest.class);
    }
}
