package si.knjizniprehod.sip2;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import si.knjizniprehod.sip2.account.TerminalAccount;
import si.knjizniprehod.sip2.account.TerminalAccounts;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.codec.Sip2ParseException;
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.message.Sip2Message;
import si.knjizniprehod.sip2.server.ListenerConfig;
import si.knjizniprehod.sip2.server.Sip2Server;
import si.knjizniprehod.sip2.server.Sip2ServerConfig;

/** Starts a real server on a free port with the demo accounts. */
final class ServerFixture {
    static final String D = "20251123    120000";
    static final String BLANK_DATE = " ".repeat(18);
    static final Sip2Codec CODEC = new Sip2Codec();

    static TerminalAccounts demoAccounts(UnaryOperator<TerminalAccount> change) {
        List<TerminalAccount> out = new ArrayList<>();
        for (TerminalAccount a : TerminalAccounts.demo().all()) {
            out.add(change.apply(a));
        }
        return new TerminalAccounts(out);
    }

    static TerminalAccount withIdle(TerminalAccount a, Duration idle, int maxConnections) {
        return new TerminalAccount(a.login(), a.passwordHash(), a.libraryId(), a.unit(), a.institutionId(),
                a.location(), a.libraryName(), a.charset(), a.errorDetection(), a.timeoutPeriod(), a.retriesAllowed(),
                a.operations(), a.language(), idle, maxConnections);
    }

    static Sip2Server start(Sip2Backend backend, TerminalAccounts accounts, ListenerConfig... listeners) throws Exception {
        return start(backend, accounts, 2, 4, listeners);
    }

    /** Runs on the calling thread before each item-information call of {@link #demoWithItemHook}. */
    interface ItemInformationHook {
        void before(TerminalContext terminal) throws Exception;
    }

    /** The demo backend, calling {@code hook} ahead of every item-information (17) call. */
    static Sip2Backend demoWithItemHook(ItemInformationHook hook) {
        InMemoryBackend real = InMemoryBackend.demo();
        return (Sip2Backend) Proxy.newProxyInstance(ServerFixture.class.getClassLoader(),
                new Class<?>[] {Sip2Backend.class}, (p, m, args) -> {
                    if (m.getName().equals("itemInformation")) {
                        hook.before((TerminalContext) args[0]);
                    }
                    return m.invoke(real, args);
                });
    }

    /** One plain listener and the demo accounts, with the given thread counts (0 workers: the I/O threads answer). */
    static Sip2Server startWithThreads(Sip2Backend backend, int ioThreads, int workerThreads) throws Exception {
        return start(backend, demoAccounts(a -> a), ioThreads, workerThreads, plain());
    }

    private static Sip2Server start(Sip2Backend backend, TerminalAccounts accounts, int ioThreads, int workerThreads,
                                    ListenerConfig... listeners) throws Exception {
        Sip2ServerConfig cfg = new Sip2ServerConfig(List.of(listeners), accounts, ZoneId.of("Europe/Ljubljana"),
                ioThreads, workerThreads, Duration.ofSeconds(5));
        return new Sip2Server(cfg, backend).start();
    }

    /** A UTF-8 client on the plain listener, logged in as {@code login}/demo. */
    static TestClient loggedIn(Sip2Server server, String login) throws IOException {
        TestClient c = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8);
        String answer = c.call("9300CN" + login + "|COdemo|");
        if (!answer.startsWith("941")) {
            c.close();
            throw new IllegalStateException("login " + login + " refused: " + answer);
        }
        return c;
    }

    /** {@code frames} item-information requests in one write, for RI's items I001…I004 in turn. */
    static byte[] itemInformationBurst(int frames) {
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < frames; i++) {
            burst.append("17").append(D).append("AORI|ABI00").append(1 + i % 4).append("|\r");
        }
        return burst.toString().getBytes(StandardCharsets.UTF_8);
    }

    static ListenerConfig plain() {
        return ListenerConfig.plain("plain", 0).withHost("127.0.0.1");
    }

    static Sip2Message parse(byte[] frame, Charset cs) throws Sip2ParseException {
        return CODEC.parse(frame, cs, true).message();
    }

    private ServerFixture() {}
}
