package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.server.Sip2Server;

/** One worker shared by many terminals: a terminal with frames waiting must not keep it from the others. */
class WorkerFairnessTest {

    @Test
    void aTerminalWithQueuedFramesTakesTurnsWithTheOthers() throws Exception {
        List<String> served = new CopyOnWriteArrayList<>(); // terminal login per item-information call, in order
        Sip2Backend slow = ServerFixture.demoWithItemHook(t -> {
            served.add(t.terminalLogin());
            Thread.sleep(20);
        });
        try (Sip2Server server = ServerFixture.startWithThreads(slow, 1, 1);
             TestClient busy = ServerFixture.loggedIn(server, "sc-ri");
             TestClient other = ServerFixture.loggedIn(server, "sc-kp")) {
            busy.sendRaw(ServerFixture.itemInformationBurst(10));
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
