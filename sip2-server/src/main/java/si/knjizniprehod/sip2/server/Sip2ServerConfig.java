package si.knjizniprehod.sip2.server;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import si.knjizniprehod.sip2.account.TerminalAccounts;

/**
 * Server configuration.
 *
 * @param listeners      one or more listeners (plain and/or TLS)
 * @param accounts       terminal accounts
 * @param zone           local time zone for SIP2 dates
 * @param ioThreads      Netty event-loop threads (0 = Netty default, 2 x cores)
 * @param workerThreads  threads that call the (blocking) backend; 0 runs the backend on the I/O threads
 *                       (only for a non-blocking in-memory backend)
 * @param shutdownGrace  how long {@link Sip2Server#stop()} waits for in-flight messages
 */
public record Sip2ServerConfig(List<ListenerConfig> listeners, TerminalAccounts accounts, ZoneId zone, int ioThreads,
                               int workerThreads, Duration shutdownGrace) {
    public Sip2ServerConfig {
        listeners = List.copyOf(listeners);
        if (listeners.isEmpty()) {
            throw new IllegalArgumentException("at least one SIP2 listener");
        }
        for (ListenerConfig l : listeners) {
            if (!l.loginRequired() && accounts.find(l.anonymousAccount()).isEmpty()) {
                throw new IllegalArgumentException("listener " + l.name() + ": unknown account " + l.anonymousAccount());
            }
        }
    }

    /** One plain listener on {@code port}, Europe/Ljubljana, 16 worker threads, 10 s shutdown grace. */
    public static Sip2ServerConfig of(TerminalAccounts accounts, int port) {
        return new Sip2ServerConfig(List.of(ListenerConfig.plain("sip2", port)), accounts, ZoneId.of("Europe/Ljubljana"),
                0, 16, Duration.ofSeconds(10));
    }

    public Sip2ServerConfig withListeners(List<ListenerConfig> l) {
        return new Sip2ServerConfig(l, accounts, zone, ioThreads, workerThreads, shutdownGrace);
    }

    public Sip2ServerConfig withThreads(int io, int workers) {
        return new Sip2ServerConfig(listeners, accounts, zone, io, workers, shutdownGrace);
    }

    public Sip2ServerConfig withShutdownGrace(Duration d) {
        return new Sip2ServerConfig(listeners, accounts, zone, ioThreads, workerThreads, d);
    }
}
