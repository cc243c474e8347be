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
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.server.Sip2Server;
import si.knjizniprehod.sip2.server.Sip2ServerConfig;

/**
 * {@code workerThreads: 0}, the setting for an embedded store: the backend runs on the I/O threads, and
 * a connection's pipelined frames are still answered one by one, in order.
 */
class IoThreadModeTest {

    @Test
    void withoutWorkersTheIoThreadAnswersPipelinedFramesInOrder() throws Exception {
        InMemoryBackend real = InMemoryBackend.demo();
        List<String> threads = new CopyOnWriteArrayList<>();
        Sip2Backend recording = (Sip2Backend) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Sip2Backend.class}, (p, m, args) -> {
                    if (m.getName().equals("itemInformation")) {
                        threads.add(Thread.currentThread().getName());
                    }
                    return m.invoke(real, args);
                });
        Sip2ServerConfig cfg = new Sip2ServerConfig(List.of(ServerFixture.plain()), ServerFixture.demoAccounts(a -> a),
                ZoneId.of("Europe/Ljubljana"), 1, 0, Duration.ofSeconds(5));
        try (Sip2Server server = new Sip2Server(cfg, recording).start();
             TestClient first = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8);
             TestClient second = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8)) {
            assertThat(first.call("9300CNsc-ri|COdemo|")).startsWith("941");
            assertThat(second.call("9300CNsc-kp|COdemo|")).startsWith("941");
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                burst.append("17").append(ServerFixture.D).append("AORI|ABI00").append(1 + i % 4).append("|\r");
            }
            first.sendRaw(burst.toString().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 8; i++) {
                assertThat(first.read()).startsWith("18").contains("|ABI00" + (1 + i % 4) + "|");
            }
            // one I/O thread serves both connections
            assertThat(second.call("17" + ServerFixture.D + "AOKP|ABI001|")).startsWith("18").contains("|ABI001|");
        }
        assertThat(threads).hasSize(9);
        assertThat(threads).allSatisfy(t -> assertThat(t).doesNotStartWith("sip2-worker"));
        assertThat(threads).containsOnly(threads.get(0)); // the single I/O thread
    }
}
