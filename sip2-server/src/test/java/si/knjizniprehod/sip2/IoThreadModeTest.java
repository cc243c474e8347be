package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.server.Sip2Server;

/**
 * {@code workerThreads: 0}, the setting for an embedded store: the backend runs on the I/O threads, and
 * a connection's pipelined frames are still answered one by one, in order.
 */
class IoThreadModeTest {

    @Test
    void withoutWorkersTheIoThreadAnswersPipelinedFramesInOrder() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        Sip2Backend recording = ServerFixture.demoWithItemHook(t -> threads.add(Thread.currentThread().getName()));
        try (Sip2Server server = ServerFixture.startWithThreads(recording, 1, 0);
             TestClient first = ServerFixture.loggedIn(server, "sc-ri");
             TestClient second = ServerFixture.loggedIn(server, "sc-kp")) {
            first.sendRaw(ServerFixture.itemInformationBurst(8));
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
