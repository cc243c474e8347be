package si.knjizniprehod.routes.sip2;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.routes.broker.EmbeddedBroker;
import si.knjizniprehod.routes.testing.RunningGateway;
import si.knjizniprehod.sip2.TestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A SIP2 client on a real socket against the running gateway with the demo data: one test per
 * message type, checking fields and the libraries' rules.
 */
class Sip2GatewayTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");
    private static final DateTimeFormatter SIP_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'    'HHmmss");
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = new RunningGateway(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gw.close();
    }

    /** Terminals repeat a frame only to retry it; a distinct transaction date per message keeps them apart. */
    private static final java.util.concurrent.atomic.AtomicLong TICK = new java.util.concurrent.atomic.AtomicLong();
    /** The demo accounts' charsets (docs/sip2.md): the client must speak the terminal's. */
    private static final Map<String, String> CHARSETS = Map.of("sc-kp", "windows-1250", "sc-aj", "IBM852",
            "sc-ra", "ISO-8859-2", "sc-po", "IBM852", "sc-ri", "UTF-8", "sc-nsk", "UTF-8");

    private static String now() {
        return LocalDateTime.now(ZONE).minusSeconds(TICK.incrementAndGet()).format(SIP_DATE);
    }

    private static TestClient login(String account) throws Exception {
        TestClient c = TestClient.connect(gw.gateway().sip2Port(), java.nio.charset.Charset.forName(CHARSETS.get(account)));
        c.socket().setSoTimeout(15_000);
        assertThat(c.call("9300CN" + account + "|COdemo|CPdesk|")).startsWith("941");
        return c;
    }

    /** The value of a variable field (after a '|', or right after the fixed part for the first one). */
    private static String field(String response, String id) {
        Matcher m = Pattern.compile("\\|" + id + "([^|]*)").matcher(response);
        if (m.find()) {
            return m.group(1);
        }
        return null;
    }

    private static String checkout(TestClient c, String inst, String patron, String item) throws Exception {
        return c.call("11NN" + now() + now() + "AO" + inst + "|AA" + patron + "|AB" + item + "|AC|AD1234|");
    }

    private static String checkin(TestClient c, String inst, String item) throws Exception {
        return c.call("09N" + now() + now() + "APdesk|AO" + inst + "|AB" + item + "|AC|");
    }

    private static String renew(TestClient c, String inst, String patron, String item) throws Exception {
        return c.call("29NN" + now() + now() + "AO" + inst + "|AA" + patron + "|AD1234|AB" + item + "|");
    }

    private static String itemInfo(TestClient c, String inst, String item) throws Exception {
        return c.call("17" + now() + "AO" + inst + "|AB" + item + "|");
    }

    @Test
    void loginWithTheDemoAccountAndAWrongPassword() throws Exception {
        try (TestClient c = TestClient.connect(gw.gateway().sip2Port(), java.nio.charset.StandardCharsets.UTF_8)) {
            assertThat(c.call("9300CNsc-ri|COwrong|")).startsWith("940");
            assertThat(c.call("9300CNsc-ri|COdemo|")).startsWith("941");
        }
    }

    @Test
    void scStatusReportsOnlineAndTheAllowedOperations() throws Exception {
        try (TestClient c = login("sc-kp")) {
            String r = c.call("9900302.00");
            assertThat(r).startsWith("98Y");
            assertThat(field(r, "BX")).isNotNull().hasSize(16);
            assertThat(field(r, "AM")).contains("Koper");
        }
    }

    @Test
    void checkoutOfAFeatureVideoInRibnicaIsDueInTwoDaysWithItsTitle() throws Exception {
        try (TestClient c = login("sc-ri")) {
            String r = checkout(c, "RI", "RI0001", "RI1005");
            assertThat(r).startsWith("121");
            assertThat(field(r, "AJ")).isEqualTo("Kekec nad samotnim breznom");
            LocalDate due = LocalDate.parse(field(r, "AH").substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            LocalDate today = LocalDate.now(ZONE);
            assertThat(due).isBetween(today.plusDays(2), today.plusDays(5));
            assertThat(checkin(c, "RI", "RI1005")).startsWith("101");
        }
    }

    @Test
    void ajdovscinaRefusesTheReferenceBookWithTheReasonInSlovenian() throws Exception {
        try (TestClient c = login("sc-aj")) {
            String r = checkout(c, "AJ", "AJ0001", "AJ1004");
            assertThat(r).startsWith("120");
            assertThat(field(r, "AF")).isEqualTo("Gradivo iz te zbirke se ne izposoja na dom.");
        }
    }

    @Test
    void checkinReturnsTheItemToTheShelfAndItemInformationSaysSo() throws Exception {
        try (TestClient c = login("sc-po")) {
            assertThat(checkout(c, "PO", "PO0001", "PO1002")).startsWith("121");
            assertThat(itemInfo(c, "PO", "PO1002")).startsWith("1804");
            String in = checkin(c, "PO", "PO1002");
            assertThat(in).startsWith("101");
            assertThat(field(in, "AB")).isEqualTo("PO1002");
            assertThat(itemInfo(c, "PO", "PO1002")).startsWith("1803");
        }
    }

    @Test
    void ravneRefusesTheThirdRenewalAndRenewalOfReservedItems() throws Exception {
        try (TestClient c = login("sc-ra")) {
            assertThat(checkout(c, "RA", "RA0001", "RA1001")).startsWith("121");
            assertThat(renew(c, "RA", "RA0001", "RA1001")).startsWith("301Y");
            assertThat(renew(c, "RA", "RA0001", "RA1001")).startsWith("301Y");
            String third = renew(c, "RA", "RA0001", "RA1001");
            assertThat(third).startsWith("300");
            // ISO-8859-2 has no en dash: the terminal gets its look-alike
            assertThat(field(third, "AF")).isEqualTo("Podaljšanje ni mogoče - doseženo je največje število podaljšanj.");

            assertThat(checkout(c, "RA", "RA0001", "RA1002")).startsWith("121");
            assertThat(c.call("15+" + now() + "AORA|AARA0005|AD1234|ABRA1002|")).startsWith("161");
            String reserved = renew(c, "RA", "RA0001", "RA1002");
            assertThat(reserved).startsWith("300");
            assertThat(field(reserved, "AF")).isEqualTo("Gradivo je rezervirano - podaljšanje ni mogoče.");
        }
    }

    @Test
    void renewAllRenewsWhatTheRulesAllow() throws Exception {
        try (TestClient c = login("sc-nsk")) {
            assertThat(checkout(c, "NSK", "NSK0001", "NSK1002")).startsWith("121");
            assertThat(checkout(c, "NSK", "NSK0001", "NSK1006")).startsWith("121");
            String r = c.call("65" + now() + "AONSK|AANSK0001|AD1234|");
            assertThat(r).startsWith("6610002");
            assertThat(r).contains("|BMNSK1002").contains("|BMNSK1006");
        }
    }

    @Test
    void patronStatusShowsTheBlockedPatronsBitmapAndThePinCheck() throws Exception {
        try (TestClient c = login("sc-ri")) {
            String blocked = c.call("23001" + now() + "AORI|AARI0003|AC|AD1234|");
            assertThat(blocked).startsWith("24");
            String bitmap = blocked.substring(2, 16);
            assertThat(bitmap.charAt(0)).as("charge privileges denied").isEqualTo('Y');
            assertThat(bitmap.charAt(10)).as("excessive outstanding fines").isEqualTo('Y');
            assertThat(field(blocked, "BL")).isEqualTo("Y");
            assertThat(field(blocked, "CQ")).isEqualTo("Y");
            assertThat(field(blocked, "BV")).isEqualTo("5.00");
            assertThat(field(blocked, "BH")).isEqualTo("EUR");
            assertThat(field(blocked, "AF")).contains("Neporavnane obveznosti");

            String good = c.call("23001" + now() + "AORI|AARI0001|AC|AD9999|");
            assertThat(good.substring(2, 16)).isEqualTo("              ");
            assertThat(field(good, "CQ")).isEqualTo("N");
            assertThat(field(c.call("23001" + now() + "AORI|AARI9999|AC|"), "BL")).isEqualTo("N");
        }
    }

    @Test
    void patronInformationListsChargedItemsWithCounts() throws Exception {
        try (TestClient c = login("sc-kp")) {
            assertThat(checkout(c, "KP", "KP0005", "KP1005")).startsWith("121");
            String r = c.call("63001" + now() + "  Y       AOKP|AAKP0005|AD1234|BP1|BQ5|");
            assertThat(r).startsWith("64");
            assertThat(r.substring(45, 49)).as("charged items count").isEqualTo("0001");
            assertThat(field(r, "AU")).isEqualTo("KP1005");
            assertThat(field(r, "AE")).isEqualTo("Božidar Šušteršič");
        }
    }

    @Test
    void feePaidRecordsThePaymentAndLiftsTheBlock() throws Exception {
        try (TestClient c = login("sc-po")) {
            assertThat(checkout(c, "PO", "PO0003", "PO1005")).startsWith("120");
            String paid = c.call("37" + now() + "0100EURBV10.00|AOPO|AAPO0003|AD1234|");
            assertThat(paid).startsWith("38Y");
            assertThat(field(paid, "AF")).contains("10.00");
            assertThat(checkout(c, "PO", "PO0003", "PO1005")).startsWith("121");
        }
    }

    @Test
    void holdPlacesAndCancelsThroughTheCore() throws Exception {
        try (TestClient c = login("sc-ri")) {
            String order = c.call("15+" + now() + "AORI|AARI0002|AD1234|ABRI1008|");
            assertThat(order).startsWith("161Y");
            assertThat(itemInfo(c, "RI", "RI1008")).startsWith("1808");
            assertThat(c.call("15-" + now() + "AORI|AARI0002|AD1234|ABRI1008|")).startsWith("161");
            assertThat(itemInfo(c, "RI", "RI1008")).startsWith("1803");
            String refused = c.call("15+" + now() + "AORI|AARI0004|AD1234|ABRI1008|");
            assertThat(refused).startsWith("160");
            assertThat(field(refused, "AF")).contains("Članstvo miruje");
        }
    }

    @Test
    void itemStatusUpdateStoresTheProperties() throws Exception {
        try (TestClient c = login("sc-ri"); TestClient aj = login("sc-aj")) {
            assertThat(c.call("19" + now() + "AORI|ABRI1002|CHcase=blue|")).startsWith("201");
            assertThat(field(itemInfo(c, "RI", "RI1002"), "CH")).isEqualTo("case=blue");
            assertThat(c.call("19" + now() + "AORI|ABNOPE|CHx|")).startsWith("200");
            // sc-aj may not update items (its account's operations)
            assertThat(aj.call("19" + now() + "AOAJ|ABAJ1002|CHx|")).startsWith("200");
        }
    }

    @Test
    void blockPatronIsAnsweredWithPatronStatusAndEnableFollowsTheProfile() throws Exception {
        try (TestClient kp = login("sc-kp"); TestClient ri = login("sc-ri")) {
            String blocked = kp.call("01Y" + now() + "AOKP|ALcard left in machine|AAKP0002|");
            assertThat(blocked).startsWith("24Y");
            assertThat(kp.call("25" + now() + "AOKP|AAKP0002|AD1234|")).startsWith("26 ");

            ri.call("01N" + now() + "AORI|ALtest|AARI0002|");
            String refused = ri.call("25" + now() + "AORI|AARI0002|AD1234|");
            assertThat(refused).startsWith("26Y");
            assertThat(field(refused, "AF")).isEqualTo("Odblokiranje je mogoče le pri knjižničarju.");
        }
    }

    @Test
    void endSessionAndResend() throws Exception {
        try (TestClient c = login("sc-ra")) {
            String end = c.call("35" + now() + "AORA|AARA0001|");
            assertThat(end).startsWith("36Y");
            c.sendPlain("97");
            assertThat(c.read()).isEqualTo(end);
        }
    }

    @Test
    void aWrongChecksumOrAnUnknownMessageIsAnsweredWith96AndTheSessionGoesOn() throws Exception {
        try (TestClient c = login("sc-ri")) {
            c.sendPlain("9900302.00AY1AZ0000");
            assertThat(c.read()).startsWith("96");
            assertThat(c.call("42garbage")).startsWith("96");
            assertThat(c.call("9900302.00")).startsWith("98Y");
        }
    }

    @Test
    void anEnglishTerminalGetsEnglishMessages() throws Exception {
        try (TestClient c = login("sc-nsk")) {
            String r = checkout(c, "NSK", "NSK0004", "NSK1001");
            assertThat(r).startsWith("120");
            // sc-nsk's account sets language: en
            assertThat(field(r, "AF")).isEqualTo("Membership is dormant – the annual fee is unpaid.");
        }
    }

    @Test
    void sip2EventsReachTheBrokerLikeRestOnes() throws Exception {
        try (Connection jms = new ActiveMQConnectionFactory(gw.gateway().embeddedBroker().clientUrl())
                .createConnection()) {
            jms.start();
            Session s = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer events = s.createConsumer(s.createTopic(EmbeddedBroker.EVENTS_ADDRESS),
                    "eventType = 'CHECKOUT' AND library = 'KP'");
            try (TestClient c = login("sc-kp")) {
                assertThat(checkout(c, "KP", "KP0001", "KP1006")).startsWith("121");
            }
            TextMessage m = (TextMessage) events.receive(10_000);
            assertThat(m).as("the checkout's event on circulation.events").isNotNull();
            assertThat(m.getText()).contains("\"item\":\"KP1006\"").contains("\"channel\":\"SIP2\"");
            await().atMost(Duration.ofSeconds(10)).until(() -> gw.gateway().outboxRelay().pendingCount() == 0);
        }
    }

    @Test
    void outageModeAcceptsOnlyCheckinsAndAppliesThemWhenTheStoreIsBack() throws Exception {
        try (TestClient c = login("sc-aj")) {
            assertThat(checkout(c, "AJ", "AJ0001", "AJ1008")).startsWith("121");
            gw.gateway().storeHealth().setMaintenance(true);
            try {
                assertThat(c.call("9900302.00")).startsWith("98N");
                assertThat(checkout(c, "AJ", "AJ0005", "AJ1001")).startsWith("120");
                assertThat(checkin(c, "AJ", "AJ1008")).startsWith("101");
            } finally {
                gw.gateway().storeHealth().setMaintenance(false);
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(itemInfo(c, "AJ", "AJ1008")).startsWith("1803"));
            assertThat(c.call("9900302.00")).startsWith("98Y");
        }
    }
}
