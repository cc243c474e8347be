package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.message.AcsStatusResponse;
import si.knjizniprehod.sip2.message.CheckoutRequest;
import si.knjizniprehod.sip2.message.ItemInformationResponse;
import si.knjizniprehod.sip2.message.PatronInformationRequest;
import si.knjizniprehod.sip2.message.PatronInformationResponse;
import si.knjizniprehod.sip2.message.PatronStatusFlag;
import si.knjizniprehod.sip2.message.Sip2Message;

/** Hand-written frames laid out after the SIP2 2.00 spec: positions, not just self-consistency. */
class GoldenFramesTest {
    private final Sip2Codec codec = new Sip2Codec();

    private Sip2Message parse(String s) throws Exception {
        return codec.parse(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false).message();
    }

    @Test
    void acsStatus() throws Exception {
        AcsStatusResponse r = (AcsStatusResponse) parse(
                "98YYYYNN01000320060228    0812322.00AOID_21|AMCentral Library|BXYYYYYYYYYYYYYYYY|AN1|AFScreen|AGPrint|");
        assertThat(r.onlineStatus()).isTrue();
        assertThat(r.statusUpdateOk()).isFalse();
        assertThat(r.offlineOk()).isFalse();
        assertThat(r.timeoutPeriod()).isEqualTo(10);
        assertThat(r.retriesAllowed()).isEqualTo(3);
        assertThat(r.dateTimeSync()).isEqualTo(LocalDateTime.of(2006, 2, 28, 8, 12, 32));
        assertThat(r.protocolVersion()).isEqualTo("2.00");
        assertThat(r.institutionId()).isEqualTo("ID_21");
        assertThat(r.libraryName()).isEqualTo("Central Library");
        assertThat(r.terminalLocation()).isEqualTo("1");
        assertThat(r.screenMessage()).isEqualTo("Screen");
        assertThat(r.printLine()).isEqualTo("Print");
    }

    @Test
    void checkoutWithBlankNbDueDate() throws Exception {
        CheckoutRequest r = (CheckoutRequest) parse(
                "11YN20251123    101500                  AOKP|AA0012345|AB3000123|AC|ADpin|BON|");
        assertThat(r.scRenewalPolicy()).isTrue();
        assertThat(r.noBlock()).isFalse();
        assertThat(r.transactionDate()).isEqualTo(LocalDateTime.of(2025, 11, 23, 10, 15));
        assertThat(r.nbDueDate()).isNull();
        assertThat(r.patronId()).isEqualTo("0012345");
        assertThat(r.itemId()).isEqualTo("3000123");
        assertThat(r.terminalPassword()).isEmpty();
        assertThat(r.patronPassword()).isEqualTo("pin");
        assertThat(r.feeAcknowledged()).isFalse();
        assertThat(r.cancel()).isNull();
    }

    @Test
    void patronInformationSummaryAndRange() throws Exception {
        PatronInformationRequest r = (PatronInformationRequest) parse(
                "63001" + "20251123   Z101500" + " Y        " + "AORI|AAP1|BP3|BQ7|");
        assertThat(r.language()).isEqualTo("001");
        assertThat(r.transactionDate()).isEqualTo(LocalDateTime.of(2025, 11, 23, 11, 15)); // UTC -> Ljubljana
        assertThat(r.requestedList()).isEqualTo(1); // overdue items
        assertThat(r.startItem()).isEqualTo(3);
        assertThat(r.endItem()).isEqualTo(7);
    }

    @Test
    void patronInformationResponseLayout() {
        PatronInformationResponse r = new PatronInformationResponse(
                Set.of(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED, PatronStatusFlag.EXCESSIVE_OUTSTANDING_FEES), "000",
                LocalDateTime.of(2025, 11, 23, 9, 5, 7), 1, 2, 3, 4, 5, 6, "RI", "P1", "Žiga", null, null, 10, true,
                true, "EUR", "12.50", null, List.of(), List.of(), List.of("I1", "I2"), List.of(), List.of(), List.of(),
                null, null, null, null, null);
        assertThat(codec.encodeToString(r, StandardCharsets.UTF_8, 3, false)).isEqualTo(
                "64Y          Y  00020251123    090507000100020003000400050006"
                        + "AORI|AAP1|AEŽiga|CB0010|BLY|CQY|BHEUR|BV12.50|AUI1|AUI2|");
    }

    @Test
    void itemInformationResponseLayout() {
        ItemInformationResponse r = new ItemInformationResponse("04", "01", "01", LocalDateTime.of(2025, 1, 2, 3, 4, 5),
                0, "20250116    235959", null, null, "I1", "Kekec", null, null, null, "006", "RI", "RI", null, null, null);
        assertThat(codec.encodeToString(r, StandardCharsets.UTF_8, null, false)).isEqualTo(
                "18040101" + "20250102    030405" + "CF0|AH20250116    235959|ABI1|AJKekec|CK006|AQRI|APRI|");
    }
}
