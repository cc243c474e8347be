package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.account.PasswordHasher;
import si.knjizniprehod.sip2.account.TerminalAccount;
import si.knjizniprehod.sip2.account.TerminalAccounts;
import si.knjizniprehod.sip2.backend.Language;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.codec.Sip2Charset;
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.server.Sip2Server;

class ShutdownAndAccountsTest {

    @Test
    void gracefulStopFinishesTheMessageInFlight() throws Exception {
        InMemoryBackend real = InMemoryBackend.demo();
        CountDownLatch entered = new CountDownLatch(1);
        Sip2Backend slow = (Sip2Backend) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Sip2Backend.class}, (p, m, args) -> {
                    if (m.getName().equals("checkin")) {
                        entered.countDown();
                        Thread.sleep(400);
                    }
                    return m.invoke(real, args);
                });
        Sip2Server server = ServerFixture.start(slow, ServerFixture.demoAccounts(a -> a), ServerFixture.plain());
        try (TestClient busy = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8);
             TestClient idle = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8)) {
            assertThat(busy.call("9300CNsc-ri|COdemo|")).startsWith("941");
            assertThat(idle.call("9300CNsc-kp|COdemo|")).startsWith("941");
            busy.sendWithChecksum("09N" + ServerFixture.D + ServerFixture.D + "APRI|AORI|ABI001|AC|");
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            assertThat(idle.closedByServer(2000)).isTrue();
            assertThat(busy.read()).startsWith("101");   // the answer still arrives...
            assertThat(busy.closedByServer(2000)).isTrue(); // ...then the connection is closed
            stopping.get(5, TimeUnit.SECONDS);
        } finally {
            server.stop();
        }
        assertThatThrownBy(() -> TestClient.connect(server.port("plain"), StandardCharsets.UTF_8).close())
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void demoAccountsLoad() {
        TerminalAccounts accounts = TerminalAccounts.demo();
        assertThat(accounts.all()).extracting(TerminalAccount::login)
                .containsExactly("sc-kp", "sc-aj", "sc-ra", "sc-po", "sc-ri", "sc-nsk");
        TerminalAccount kp = accounts.authenticate("sc-kp", "demo").orElseThrow();
        assertThat(kp.libraryId()).isEqualTo("KP");
        assertThat(kp.charset()).isEqualTo(Sip2Charset.WINDOWS_1250);
        assertThat(kp.language()).isEqualTo(Language.SL);
        assertThat(accounts.authenticate("sc-kp", "Demo")).isEmpty();
        assertThat(accounts.authenticate("sc-xx", "demo")).isEmpty();
        TerminalAccount aj = accounts.find("sc-aj").orElseThrow();
        assertThat(aj.operations()).containsExactlyInAnyOrder(Operation.CHECKIN, Operation.CHECKOUT,
                Operation.RENEWAL, Operation.OFFLINE);
        assertThat(accounts.find("sc-nsk").orElseThrow().language()).isEqualTo(Language.EN);
        assertThat(accounts.find("sc-po").orElseThrow().errorDetection()).isFalse();
    }

    @Test
    void passwordHashes() {
        String h = PasswordHasher.hash("skrivnost", 2000);
        assertThat(h).startsWith("pbkdf2-sha256$2000$").doesNotContain("skrivnost");
        assertThat(PasswordHasher.verify("skrivnost", h)).isTrue();
        assertThat(PasswordHasher.verify("skrivnosT", h)).isFalse();
        assertThat(PasswordHasher.hash("skrivnost", 2000)).isNotEqualTo(h); // salted
        assertThat(PasswordHasher.verify("x", "plain-text")).isFalse();
    }

    @Test
    void badAccountFilesAreRejected() {
        String clearPassword = "accounts:\n  - login: sc-x\n    passwordHash: demo\n    library: KP\n";
        assertThatThrownBy(() -> TerminalAccounts.load(new ByteArrayInputStream(clearPassword.getBytes())))
                .hasMessageContaining("not a pbkdf2");
        String badCharset = "accounts:\n  - login: sc-x\n    passwordHash: \"" + PasswordHasher.hash("a", 1000)
                + "\"\n    library: KP\n    charset: EBCDIC\n";
        assertThatThrownBy(() -> TerminalAccounts.load(new ByteArrayInputStream(badCharset.getBytes())))
                .hasMessageContaining("unsupported SIP2 charset");
        String typo = "accounts:\n  - login: sc-x\n    pasword: x\n";
        assertThatThrownBy(() -> TerminalAccounts.load(new ByteArrayInputStream(typo.getBytes())))
                .hasMessageContaining("pasword");
    }

    @Test
    void demoServerConfigLoads() throws Exception {
        try (var in = getClass().getResourceAsStream("/sip2/sip2-server-demo.yaml")) {
            var cfg = si.knjizniprehod.sip2.server.Sip2ServerConfigFile.load(in, null);
            assertThat(cfg.listeners()).singleElement().satisfies(l -> {
                assertThat(l.port()).isEqualTo(6001);
                assertThat(l.tls()).isNull();
                assertThat(l.loginRequired()).isTrue();
            });
            assertThat(cfg.accounts().all()).hasSize(6);
        }
        String typo = "listeners:\n  - {name: x, prot: 6001}\n";
        assertThatThrownBy(() -> si.knjizniprehod.sip2.server.Sip2ServerConfigFile.load(
                new ByteArrayInputStream(typo.getBytes()), null)).hasMessageContaining("prot");
    }

    @Test
    void aSlowBackendCallDoesNotHoldUpOtherTerminals() throws Exception {
        InMemoryBackend real = InMemoryBackend.demo();
        Sip2Backend slowForP002 = (Sip2Backend) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Sip2Backend.class}, (p, m, args) -> {
                    if (m.getName().equals("patronStatus") && args[1].toString().endsWith("002, pin=none, list=null]")) {
                        Thread.sleep(1500);
                    }
                    return m.invoke(real, args);
                });
        try (Sip2Server server = ServerFixture.start(slowForP002, ServerFixture.demoAccounts(a -> a), ServerFixture.plain())) {
            List<TestClient> others = new java.util.ArrayList<>();
            try (TestClient slow = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8)) {
                assertThat(slow.call("9300CNsc-nsk|COdemo|")).startsWith("941");
                for (String login : List.of("sc-ri", "sc-kp", "sc-ra", "sc-po")) {
                    TestClient c = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8);
                    c.sendPlain("9300CN" + login + "|COdemo|");
                    assertThat(c.read()).startsWith("941");
                    others.add(c);
                }
                slow.sendWithChecksum("23001" + ServerFixture.D + "AONSK|AAP002|AC|");
                long t0 = System.nanoTime();
                for (TestClient c : others) {
                    c.sendPlain("17" + ServerFixture.D + "AORI|ABI001|");
                    assertThat(c.read()).startsWith("18");
                }
                assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
                assertThat(slow.read()).startsWith("24"); // and the slow one still gets its answer
            } finally {
                for (TestClient c : others) {
                    c.close();
                }
            }
        }
    }

    @Test
    void pipelinedMessagesAreAnsweredInOrder() throws Exception {
        try (Sip2Server server = ServerFixture.start(InMemoryBackend.demo(), ServerFixture.demoAccounts(a -> a),
                ServerFixture.plain());
             TestClient c = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8)) {
            StringBuilder burst = new StringBuilder("9300CNsc-ri|COdemo|\r");
            for (int i = 0; i < 40; i++) { // more than the inbox limit: reading pauses, nothing is lost
                burst.append(i % 2 == 0 ? "17" + ServerFixture.D + "AORI|ABI00" + (1 + i % 4) + "|\r" : "9900302.00\r");
            }
            c.sendRaw(burst.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(c.read()).startsWith("941");
            for (int i = 0; i < 40; i++) {
                assertThat(c.read()).startsWith(i % 2 == 0 ? "18" : "98");
            }
        }
    }
}
