package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.server.Sip2Server;
import si.knjizniprehod.sip2.server.Sip2ServerConfig;

/** One worker shared by many terminals: a terminal with frames waiting must not keep it from the others. */
class WorkerFairnessTest {

    @Test
    void aTerminalWithQueuedFramesTakesTurnsWithTheOthers() throws Exception {
        InMemoryBackend real = InMemoryBackend.demo();
        List<String> served = new CopyOnWriteArrayList<>(); // terminal login per item-information call, in order
        Sip2Backend slow = (Sip2Backend) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Sip2Backend.class}, (p, m, args) -> {
                    if (m.getName().equals("itemInformation")) {
                        served.add(((TerminalContext) args[0]).terminalLogin());
                        Thread.sleep(20);
                    }
                    return m.invoke(real, args);
                });
        Sip2ServerConfig cfg = new Sip2ServerConfig(List.of(ServerFixture.plain()), ServerFixture.demoAccounts(a -> a),
                ZoneId.of("Europe/Ljubljana"), 1, 1, Duration.ofSeconds(5));
        try (Sip2Server server = new Sip2Server(cfg, slow).start();
             TestClient busy = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8);
             TestClient other = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8)) {
            assertThat(busy.call("9300CNsc-ri|COdemo|")).startsWith("941");
            assertThat(other.call("9300CNsc-kp|COdemo|")).startsWith("941");
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                burst.append("17").append(ServerFixture.D).append("AORI|ABI00").append(1 + i % 4).append("|\r");
            }
            busy.sendRaw(burst.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(busy.read()).startsWith("18"); // the burst is being answered
            assertThat(other.call("17" + ServerFixture.D + "AOKP|ABI001|")).startsWith("18");
            for (int i = 1; i < 10; i++) {
                assertThat(busy.read()).startsWith("18");
            }
        }
        // the other terminal waited for at most the message in progress and the one after it,
        // not for the rest of the burst
        assertThat(served).hasSize(11);
        assertThat(served.indexOf("sc-kp")).isBetween(1, 3);
    }
}
