package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static si.knjizniprehod.sip2.ServerFixture.BLANK_DATE;
import static si.knjizniprehod.sip2.ServerFixture.D;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.message.AcsStatusResponse;
import si.knjizniprehod.sip2.message.CheckinResponse;
import si.knjizniprehod.sip2.message.CheckoutResponse;
import si.knjizniprehod.sip2.message.EndSessionResponse;
import si.knjizniprehod.sip2.message.FeePaidResponse;
import si.knjizniprehod.sip2.message.HoldResponse;
import si.knjizniprehod.sip2.message.ItemInformationResponse;
import si.knjizniprehod.sip2.message.ItemStatusUpdateResponse;
import si.knjizniprehod.sip2.message.PatronEnableResponse;
import si.knjizniprehod.sip2.message.PatronInformationResponse;
import si.knjizniprehod.sip2.message.PatronStatusFlag;
import si.knjizniprehod.sip2.message.PatronStatusResponse;
import si.knjizniprehod.sip2.message.RenewAllResponse;
import si.knjizniprehod.sip2.message.RenewResponse;
import si.knjizniprehod.sip2.server.Sip2Server;

/** Real-socket tests of the server with the demo accounts and the in-memory backend. */
class Sip2ServerTest {
    private InMemoryBackend backend;
    private Sip2Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        backend = InMemoryBackend.demo();
        server = ServerFixture.start(backend,
                ServerFixture.demoAccounts(a -> a.login().equals("sc-nsk")
                        ? ServerFixture.withIdle(a, Duration.ofMillis(400), 1) : a),
                ServerFixture.plain().withMaxFrameLength(256).withLoginTimeout(Duration.ofMillis(400)));
        port = server.port("plain");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private TestClient login(String user) throws IOException {
        TestClient c = TestClient.connect(port, StandardCharsets.UTF_8);
        assertThat(c.call("9300CN" + user + "|COdemo|")).startsWith("941AY0AZ");
        return c;
    }

    private <T> T call(TestClient c, String text, Class<T> type) throws Exception {
        c.sendWithChecksum(text);
        byte[] frame = c.readFrame();
        assertThat(TestClient.checksumValid(frame)).as("checksum of %s", new String(frame, StandardCharsets.UTF_8)).isTrue();
        return type.cast(ServerFixture.parse(frame, StandardCharsets.UTF_8));
    }

    @Test
    void loginThenStatusReportsTheAccount() throws Exception {
        try (TestClient c = login("sc-ri")) {
            AcsStatusResponse s = call(c, "9900302.00", AcsStatusResponse.class);
            assertThat(s.onlineStatus()).isTrue();
            assertThat(s.checkinOk()).isTrue();
            assertThat(s.checkoutOk()).isTrue();
            assertThat(s.institutionId()).isEqualTo("RI");
            assertThat(s.terminalLocation()).isEqualTo("RI-RIB-SC1");
            assertThat(s.timeoutPeriod()).isEqualTo(30);
            assertThat(s.retriesAllowed()).isEqualTo(3);
            assertThat(s.supportedMessages()).isEqualTo("YYYYYYYYYYYYYYYY");
            assertThat(s.protocolVersion()).isEqualTo("2.00");
        }
    }

    @Test
    void restrictedAccountShowsItsOperationsAndRefusesTheRest() throws Exception {
        try (TestClient c = login("sc-aj")) {
            AcsStatusResponse s = call(c, "9900302.00", AcsStatusResponse.class);
            assertThat(s.statusUpdateOk()).isFalse();
            // fee paid (10th), item status update (12th), patron enable (13th), hold (14th) are not allowed
            assertThat(s.supportedMessages()).isEqualTo("YYYNYYYYYNYNNNYY");
            FeePaidResponse f = call(c, "37" + D + "0100EUR" + "BV1.50|AOAJ|AAP001|", FeePaidResponse.class);
            assertThat(f.paymentAccepted()).isFalse();
            assertThat(f.screenMessage()).isEqualTo("Ta storitev na tem terminalu ni na voljo.");
        }
    }

    @Test
    void wrongPasswordIsRefusedAndPatronOperationsNeedLogin() throws Exception {
        try (TestClient c = TestClient.connect(port, StandardCharsets.UTF_8)) {
            assertThat(c.call("9300CNsc-ri|COwrong|")).startsWith("940");
            assertThat(c.call("9300CNnobody|COdemo|")).startsWith("940");
            PatronInformationResponse p = call(c, "63001" + D + "          AORI|AAP001|", PatronInformationResponse.class);
            assertThat(p.validPatron()).isFalse();
            assertThat(p.personalName()).isEmpty();
            assertThat(p.screenMessage()).isEqualTo("Terminal ni prijavljen.");
            AcsStatusResponse s = call(c, "9900302.00", AcsStatusResponse.class);
            assertThat(s.checkoutOk()).isFalse();
        }
    }

    @Test
    void passwordGuessingClosesTheConnection() throws Exception {
        try (TestClient c = TestClient.connect(port, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 5; i++) {
                assertThat(c.call("9300CNsc-ri|COguess" + i + "|")).startsWith("940");
            }
            assertThat(c.closedByServer(2000)).isTrue();
        }
    }

    @Test
    void resendRepeatsTheLastResponseByteForByte() throws Exception {
        try (TestClient c = login("sc-ri")) {
            c.sendWithChecksum("63001" + D + "  Y       AORI|AAP001|");
            byte[] first = c.readFrame();
            c.sendPlain("97AZFEF5");
            byte[] again = c.readFrame();
            assertThat(again).isEqualTo(first);
            c.sendPlain("97");
            assertThat(c.readFrame()).isEqualTo(first);
        }
    }

    @Test
    void badChecksumAndUnknownCodesGet96() throws Exception {
        try (TestClient c = login("sc-ri")) {
            c.sendPlain("9900302.00AY1AZ0000");
            assertThat(c.read()).isEqualTo("96AZFEF6");
            c.sendWithChecksum("5500" + D + "AORI|");
            assertThat(c.read()).isEqualTo("96AZFEF6");
            c.sendWithChecksum("941"); // a response code sent by the terminal
            assertThat(c.read()).isEqualTo("96AZFEF6");
            c.sendPlain("garbage\u0001\u0002");
            assertThat(c.read()).isEqualTo("96AZFEF6");
            c.sendWithChecksum("11YN2025"); // fixed part cut short
            assertThat(c.read()).isEqualTo("96AZFEF6");
            // the session still works, and 97 still gives the last real answer (not the 96)
            assertThat(call(c, "9900302.00", AcsStatusResponse.class).onlineStatus()).isTrue();
        }
    }

    @Test
    void overlongFrameIsAnsweredWith96AndDiscarded() throws Exception {
        try (TestClient c = login("sc-ri")) {
            byte[] big = new byte[5000];
            Arrays.fill(big, (byte) 'x');
            c.sendRaw(big);
            c.sendRaw(big);
            c.sendRaw("yyy\r".getBytes(StandardCharsets.US_ASCII)); // one 10 kB frame: exactly one 96
            c.sendWithChecksum("9900302.00");
            assertThat(c.read()).isEqualTo("96AZFEF6");
            assertThat(c.read()).startsWith("98YYYYYY");
        }
    }

    @Test
    void randomGarbageGetsOneAnswerPerFrameAndNeverKillsTheSession() throws Exception {
        java.util.Random r = new java.util.Random(42);
        try (TestClient c = TestClient.connect(port, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 200; i++) {
                byte[] f = new byte[1 + r.nextInt(300)];
                r.nextBytes(f);
                for (int j = 0; j < f.length; j++) {
                    if (f[j] == '\r' || f[j] == '\n') {
                        f[j] = '?';
                    }
                }
                if (i % 3 == 0 && f.length > 2) { // sometimes a real message code in front
                    f[0] = (byte) '0';
                    f[1] = (byte) ('0' + r.nextInt(10));
                }
                c.sendRaw(TestClient.concat(f, new byte[] {'\r'}));
                assertThat(c.readFrame()).isNotEmpty();
            }
            assertThat(c.call("9300CNsc-ri|COdemo|")).startsWith("941");
        }
    }

    @Test
    void silentAndSlowClientsAreClosed() throws Exception {
        try (TestClient silent = TestClient.connect(port, StandardCharsets.UTF_8);
             TestClient slow = TestClient.connect(port, StandardCharsets.UTF_8)) {
            long t0 = System.nanoTime();
            try {
                for (int i = 0; i < 8; i++) { // a byte every 100 ms never completes a message
                    slow.sendRaw(new byte[] {'9'});
                    Thread.sleep(100);
                }
            } catch (IOException closedMeanwhile) {
                // expected once the server gave up
            }
            assertThat(silent.closedByServer(3000)).isTrue();
            assertThat(slow.closedByServer(3000)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void loggedInAccountUsesItsOwnIdleTimeout() throws Exception {
        try (TestClient c = login("sc-nsk")) {
            assertThat(c.closedByServer(3000)).isTrue();
        }
        try (TestClient c = login("sc-ri")) { // 300 s idle timeout
            assertThat(c.closedByServer(900)).isFalse();
        }
    }

    @Test
    void halfFramesAndAbruptDisconnectsLeaveTheServerHealthy() throws Exception {
        int before = server.openConnections();
        for (int i = 0; i < 5; i++) {
            TestClient c = TestClient.connect(port, StandardCharsets.UTF_8);
            c.sendRaw("9300CNsc-ri|COde".getBytes(StandardCharsets.US_ASCII));
            c.socket().setSoLinger(true, 0); // RST instead of FIN
            c.close();
        }
        try (TestClient c = login("sc-ri")) {
            assertThat(call(c, "9900302.00", AcsStatusResponse.class).onlineStatus()).isTrue();
        }
        await().atMost(Duration.ofSeconds(3)).until(() -> server.openConnections() == before);
    }

    @Test
    void connectionLimitPerAccount() throws Exception {
        try (TestClient a = login("sc-nsk");
             TestClient b = TestClient.connect(port, StandardCharsets.UTF_8)) {
            assertThat(b.call("9300CNsc-nsk|COdemo|")).startsWith("940");
            a.close();
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                    assertThat(b.call("9300CNsc-nsk|COdemo|")).startsWith("941"));
        }
    }

    @Test
    void outageModeAcceptsOnlyCheckinsAndAppliesThemLater() throws Exception {
        try (TestClient c = login("sc-ri")) {
            assertThat(call(c, "11YN" + D + BLANK_DATE + "AORI|AAP001|ABI002|AC|", CheckoutResponse.class).ok()).isTrue();
            backend.setOnline(false);
            AcsStatusResponse s = call(c, "9900302.00", AcsStatusResponse.class);
            assertThat(s.onlineStatus()).isFalse();
            assertThat(s.checkinOk()).isTrue();
            assertThat(s.checkoutOk()).isFalse();
            assertThat(s.acsRenewalPolicy()).isFalse();
            assertThat(s.offlineOk()).isTrue();
            assertThat(s.supportedMessages()).isEqualTo("NNYNYYYNYNNNNNNN");

            CheckoutResponse out = call(c, "11YN" + D + BLANK_DATE + "AORI|AAP001|ABI001|AC|", CheckoutResponse.class);
            assertThat(out.ok()).isFalse();
            assertThat(out.screenMessage()).startsWith("Knjižnični sistem trenutno ni dosegljiv");
            PatronInformationResponse p = call(c, "63001" + D + "          AORI|AAP001|", PatronInformationResponse.class);
            assertThat(p.validPatron()).isFalse();

            CheckinResponse in = call(c, "09N" + D + D + "APRI|AORI|ABI002|AC|", CheckinResponse.class);
            assertThat(in.ok()).isTrue();
            assertThat(backend.offlineQueueSize()).isEqualTo(1);
            assertThat(backend.borrower("I002")).isEqualTo("P001");

            backend.setOnline(true);
            assertThat(backend.offlineQueueSize()).isZero();
            assertThat(backend.borrower("I002")).isNull();
            assertThat(call(c, "9900302.00", AcsStatusResponse.class).onlineStatus()).isTrue();
        }
    }

    @Test
    void circulationThroughEveryMessage() throws Exception {
        try (TestClient c = login("sc-ri")) {
            PatronStatusResponse ps = call(c, "23001" + D + "AORI|AAP001|AC|AD1234|", PatronStatusResponse.class);
            assertThat(ps.validPatron()).isTrue();
            assertThat(ps.validPatronPassword()).isTrue();
            assertThat(ps.personalName()).isEqualTo("Žiga Čebašek");
            assertThat(ps.patronStatus()).isEmpty();
            assertThat(call(c, "23001" + D + "AORI|AAP001|AC|AD9999|", PatronStatusResponse.class).validPatronPassword())
                    .isFalse();

            CheckoutResponse co = call(c, "11YN" + D + BLANK_DATE + "AORI|AAP001|ABI002|AC|", CheckoutResponse.class);
            assertThat(co.ok()).isTrue();
            assertThat(co.titleIdentifier()).isEqualTo("Povodni mož");
            assertThat(co.dueDate()).hasSize(18);
            assertThat(co.institutionId()).isEqualTo("RI");

            CheckoutResponse ref = call(c, "11YN" + D + BLANK_DATE + "AORI|AAP001|ABI003|AC|", CheckoutResponse.class);
            assertThat(ref.ok()).isFalse();
            assertThat(ref.screenMessage()).isEqualTo("Gradivo je samo za uporabo v čitalnici.");

            PatronInformationResponse pi = call(c, "63001" + D + "  Y       AORI|AAP001|BP1|BQ5|", PatronInformationResponse.class);
            assertThat(pi.chargedItemsCount()).isEqualTo(1);
            assertThat(pi.chargedItems()).containsExactly("I002");
            assertThat(pi.holdItems()).isEmpty();

            ItemInformationResponse ii = call(c, "17" + D + "AORI|ABI002|", ItemInformationResponse.class);
            assertThat(ii.circulationStatus()).isEqualTo("04");
            assertThat(call(c, "17" + D + "AORI|ABI001|", ItemInformationResponse.class).circulationStatus()).isEqualTo("03");
            assertThat(call(c, "17" + D + "AORI|ABnope|", ItemInformationResponse.class).screenMessage()).isEqualTo("Neznano gradivo.");

            RenewResponse r1 = call(c, "29NN" + D + BLANK_DATE + "AORI|AAP001|ABI002|", RenewResponse.class);
            assertThat(r1.ok()).isTrue();
            RenewResponse r2 = call(c, "29NN" + D.replace("120000", "120001") + BLANK_DATE + "AORI|AAP001|ABI002|", RenewResponse.class);
            assertThat(r2.ok()).isTrue();
            RenewResponse r3 = call(c, "29NN" + D.replace("120000", "120002") + BLANK_DATE + "AORI|AAP001|ABI002|", RenewResponse.class);
            assertThat(r3.ok()).isFalse();
            assertThat(r3.screenMessage()).startsWith("Podaljšanje ni več mogoče");

            HoldResponse h = call(c, "15+" + D + "AORI|AAP002|ABI002|", HoldResponse.class);
            assertThat(h.ok()).isTrue();
            assertThat(h.queuePosition()).isEqualTo(1);
            assertThat(h.available()).isFalse();

            RenewAllResponse ra = call(c, "65" + D + "AORI|AAP001|", RenewAllResponse.class);
            assertThat(ra.unrenewedItems()).containsExactly("I002");
            assertThat(ra.renewedCount()).isZero();

            CheckinResponse ci = call(c, "09N" + D + D + "APRI|AORI|ABI002|AC|", CheckinResponse.class);
            assertThat(ci.ok()).isTrue();
            assertThat(ci.alert()).isTrue();
            assertThat(ci.patronId()).isEqualTo("P001");
            assertThat(ci.screenMessage()).contains("rezervirano");

            backend.addFee("P001", new java.math.BigDecimal("3.00"));
            FeePaidResponse fp = call(c, "37" + D + "0100EUR" + "BV1.50|AORI|AAP001|", FeePaidResponse.class);
            assertThat(fp.paymentAccepted()).isTrue();
            assertThat(backend.fees("P001")).isEqualByComparingTo("1.50");
            assertThat(call(c, "37" + D + "0100EUR" + "BVabc|AORI|AAP001|", FeePaidResponse.class).paymentAccepted()).isFalse();

            ItemStatusUpdateResponse su = call(c, "19" + D + "AORI|ABI001|CHpoškodovano|", ItemStatusUpdateResponse.class);
            assertThat(su.itemPropertiesOk()).isTrue();
            assertThat(call(c, "17" + D + "AORI|ABI001|", ItemInformationResponse.class).itemProperties()).isEqualTo("poškodovano");

            PatronStatusResponse blocked = call(c, "01N" + D + "AORI|ALkartica zadržana|AAP002|AC|", PatronStatusResponse.class);
            assertThat(PatronStatusFlag.toBitmap(blocked.patronStatus())).startsWith("YYYY");
            PatronEnableResponse en = call(c, "25" + D + "AORI|AAP002|", PatronEnableResponse.class);
            assertThat(en.patronStatus()).isEmpty();

            EndSessionResponse es = call(c, "35" + D + "AORI|AAP001|", EndSessionResponse.class);
            assertThat(es.endSession()).isTrue();
            assertThat(es.screenMessage()).isEqualTo("Hvala in nasvidenje!");
        }
    }

    @Test
    void blockedPatronBitmapAndEnglishMessages() throws Exception {
        try (TestClient c = login("sc-nsk")) {
            PatronStatusResponse p = call(c, "23001" + D + "AONSK|AAP003|AC|", PatronStatusResponse.class);
            assertThat(PatronStatusFlag.toBitmap(p.patronStatus())).isEqualTo("YYYY          ");
            assertThat(p.screenMessage()).isEqualTo("Membership is blocked.");
            CheckoutResponse co = call(c, "11YN" + D + BLANK_DATE + "AONSK|AAP003|ABI001|AC|", CheckoutResponse.class);
            assertThat(co.ok()).isFalse();
            assertThat(co.screenMessage()).startsWith("Membership is blocked");
        }
    }

    @Test
    void repeatedMessageIsAppliedOnce() throws Exception {
        backend.addFee("P001", new java.math.BigDecimal("2.00"));
        try (TestClient c = login("sc-ri")) {
            String pay = "37" + D + "0100EUR" + "BV1.00|AORI|AAP001|";
            assertThat(call(c, pay, FeePaidResponse.class).paymentAccepted()).isTrue();
            assertThat(call(c, pay, FeePaidResponse.class).paymentAccepted()).isTrue(); // same outcome...
            assertThat(backend.fees("P001")).isEqualByComparingTo("1.00");             // ...paid only once
        }
    }

    @Test
    void listenerWithoutLoginServesAtOnce() throws Exception {
        try (Sip2Server open = ServerFixture.start(backend, ServerFixture.demoAccounts(a -> a),
                ServerFixture.plain().withoutLogin("sc-ri"));
             TestClient c = TestClient.connect(open.port("plain"), StandardCharsets.UTF_8)) {
            PatronStatusResponse p = call(c, "23001" + D + "AORI|AAP001|AC|", PatronStatusResponse.class);
            assertThat(p.validPatron()).isTrue();
        }
    }

    @Test
    void listenerConnectionLimitClosesExtraConnections() throws Exception {
        // the first connection is answered before the second opens: with several I/O threads, two connections
        // opened at once are counted in either order, and the limit may refuse either of them
        try (Sip2Server small = ServerFixture.start(backend, ServerFixture.demoAccounts(a -> a),
                ServerFixture.plain().withMaxConnections(1));
             TestClient a = TestClient.connect(small.port("plain"), StandardCharsets.UTF_8)) {
            assertThat(a.call("9300CNsc-ri|COdemo|")).startsWith("941");
            try (TestClient b = TestClient.connect(small.port("plain"), StandardCharsets.UTF_8)) {
                assertThat(b.closedByServer(2000)).isTrue();
            }
            assertThat(a.call("9900302.00")).startsWith("98");
        }
    }
}
