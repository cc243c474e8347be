package si.knjizniprehod.routes.sip2;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.routes.config.GatewayConfig;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.server.ListenerConfig;
import si.knjizniprehod.sip2.server.Sip2Server;
import si.knjizniprehod.sip2.server.Sip2ServerConfig;
import si.knjizniprehod.sip2.server.Sip2ServerConfigFile;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the SIP2 listeners from {@code gateway.sip2.config} (default: the bundled demo server with
 * the demo terminal accounts); {@code gateway.sip2.port} (--sip2-port) moves the first listener.
 */
public final class Sip2Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sip2Service.class);
    private final Sip2Server server;
    private final String firstListener;

    public Sip2Service(GatewayConfig config, Sip2Backend backend) throws Exception {
        Sip2ServerConfig cfg = load(config);
        if (config.isSet("gateway.sip2.port")) {
            List<ListenerConfig> listeners = new ArrayList<>(cfg.listeners());
            listeners.set(0, listeners.get(0).withPort(config.getInt("gateway.sip2.port", ListenerConfig.DEFAULT_PORT)));
            cfg = cfg.withListeners(listeners);
        }
        firstListener = cfg.listeners().get(0).name();
        server = new Sip2Server(cfg, backend).start();
        LOG.info("SIP2 listening: {}", cfg.listeners().stream()
                .map(l -> l.name() + "=" + server.port(l.name()) + (l.tls() != null ? " (TLS)" : "")).toList());
    }

    private static Sip2ServerConfig load(GatewayConfig config) throws Exception {
        if (config.isSet("gateway.sip2.config")) {
            return Sip2ServerConfigFile.load(Path.of(config.get("gateway.sip2.config")));
        }
        try (InputStream in = Sip2Service.class.getResourceAsStream("/sip2/sip2-server-demo.yaml")) {
            return Sip2ServerConfigFile.load(in, Path.of("."));
        }
    }

    /** The port of the first listener (the one --sip2-port sets). */
    public int port() {
        return server.port(firstListener);
    }

    public int port(String listener) {
        return server.port(listener);
    }

    @Override
    public void close() {
        server.stop();
    }
}
