package si.knjizniprehod.bench.sip2;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import si.knjizniprehod.sip2.account.TerminalAccount;
import si.knjizniprehod.sip2.account.TerminalAccounts;
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.server.ListenerConfig;
import si.knjizniprehod.sip2.server.Sip2Server;
import si.knjizniprehod.sip2.server.Sip2ServerConfig;

/**
 * Starts the SIP2 server with the in-memory backend (not the real circulation core) for preliminary load
 * figures: {@code mvn -pl bench compile exec:java -Dexec.mainClass=si.knjizniprehod.bench.sip2.InMemorySip2Launcher
 * -Dexec.args="6001"}. The demo accounts are used with a connection limit high enough for the load generator.
 */
public final class InMemorySip2Launcher {
    private InMemorySip2Launcher() {}

    /** The demo accounts, each allowing {@code maxConnections} connections. */
    static TerminalAccounts benchAccounts(int maxConnections) {
        return new TerminalAccounts(TerminalAccounts.demo().all().stream()
                .map(a -> new TerminalAccount(a.login(), a.passwordHash(), a.libraryId(), a.unit(), a.institutionId(),
                        a.location(), a.libraryName(), a.charset(), a.errorDetection(), a.timeoutPeriod(),
                        a.retriesAllowed(), a.operations(), a.language(), a.idleTimeout(), maxConnections))
                .toList());
    }

    static Sip2Server start(int port, int patrons, int items, int workerThreads) throws Exception {
        ListenerConfig l = ListenerConfig.plain("sip2", port).withHost("127.0.0.1").withMaxConnections(20_000);
        Sip2ServerConfig cfg = new Sip2ServerConfig(List.of(l), benchAccounts(20_000), ZoneId.of("Europe/Ljubljana"),
                0, workerThreads, Duration.ofSeconds(5));
        return new Sip2Server(cfg, InMemoryBackend.generated(patrons, items)).start();
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : ListenerConfig.DEFAULT_PORT;
        Sip2Server server = start(port, 10_000, 100_000, 4);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println("SIP2 server with in-memory backend on 127.0.0.1:" + server.port("sip2")
                + " (accounts sc-kp ... sc-nsk / demo); Ctrl-C to stop");
        Thread.currentThread().join();
    }
}
