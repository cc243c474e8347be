package si.knjizniprehod.routes;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.CachingConnectionFactory;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.circulation.IdempotencyRetention;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.db.QuietHourCompaction;
import si.knjizniprehod.core.db.StoreCompaction;
import si.knjizniprehod.core.demo.DemoData;
import si.knjizniprehod.core.policy.ProfileRegistry;
import si.knjizniprehod.core.security.PinHasher;
import si.knjizniprehod.routes.api.CirculationApi;
import si.knjizniprehod.routes.api.CirculationRestRoute;
import si.knjizniprehod.routes.api.HealthApi;
import si.knjizniprehod.routes.api.ItemApi;
import si.knjizniprehod.routes.api.LibraryApi;
import si.knjizniprehod.routes.api.MemberApi;
import si.knjizniprehod.routes.api.RecordsRestRoute;
import si.knjizniprehod.routes.api.RestSetupRoute;
import si.knjizniprehod.routes.broker.EmbeddedBroker;
import si.knjizniprehod.routes.catalogue.CatalogueModule;
import si.knjizniprehod.routes.config.GatewayConfig;
import si.knjizniprehod.routes.maintenance.IdempotencyRetentionRoute;
import si.knjizniprehod.routes.maintenance.StoreCompactionRoute;
import si.knjizniprehod.routes.outbox.OutboxRelay;
import si.knjizniprehod.routes.outbox.OutboxRelayRoute;
import si.knjizniprehod.routes.sip2.CoreSip2Backend;
import si.knjizniprehod.routes.sip2.OfflineCheckinApplier;
import si.knjizniprehod.routes.sip2.OfflineCheckinRoute;
import si.knjizniprehod.routes.sip2.Sip2Service;
import si.knjizniprehod.routes.sip2.StoreHealth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

/**
 * The whole gateway in one object: database, library profiles, circulation core, broker (embedded
 * unless an external one is configured) and the Camel routes. {@link #start()} and {@link #stop()}
 * are all a caller (the CLI, a test) needs.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final GatewayConfig config;
    private final Clock clock;
    private Database db;
    private ProfileRegistry profiles;
    private Circulation circulation;
    private EmbeddedBroker broker;
    private CachingConnectionFactory connectionFactory;
    private OutboxRelay relay;
    private CamelContext camel;
    private VertxPlatformHttpServer httpServer;
    private StoreHealth storeHealth;
    private Sip2Service sip2;

    public Gateway(GatewayConfig config) {
        this(config, Clock.system(ZoneId.of("Europe/Ljubljana")));
    }

    public Gateway(GatewayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public synchronized Gateway start() throws Exception {
        long t0 = System.nanoTime();
        requireFreePort(config.get("gateway.http.host", "0.0.0.0"), config.getInt("gateway.http.port", 8080),
                "gateway.http.port / --http-port");
        int relayBatch = config.getInt("gateway.outbox.batch.size", 200);
        int idCacheSize = duplicateIdWindow(relayBatch); // checked before anything is opened
        LocalTime compactAt = config.isSet("gateway.db.compact.at") ? config.getTime("gateway.db.compact.at") : null;
        Duration compactBudget = Duration.ofMillis(
                config.getDurationMs("gateway.db.compact.budget", Duration.ofMinutes(10).toMillis()));
        Path dataDir = Path.of(config.get("gateway.data.dir", "./data"));
        Files.createDirectories(dataDir);
        db = openDatabase(dataDir);
        profiles = config.isSet("gateway.profiles.dir")
                ? ProfileRegistry.fromDirectory(Path.of(config.get("gateway.profiles.dir")))
                : ProfileRegistry.bundled();
        PinHasher pins = new PinHasher();
        circulation = new Circulation(db, profiles, clock, pins,
                Duration.ofSeconds(config.getInt("gateway.cache.ttl.seconds", 30)));
        if (config.getBoolean("gateway.demo", true)) {
            int loaded = new DemoData(db, profiles, clock, pins).load();
            if (loaded > 0) {
                LOG.info("demo data loaded for {} libraries", loaded);
            }
        }
        String brokerUrl = startBroker(dataDir, idCacheSize);
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(asProperties());
        connectionFactory = new CachingConnectionFactory(new ActiveMQConnectionFactory(brokerUrl,
                config.get("gateway.broker.user", null), config.get("gateway.broker.password", null)));
        connectionFactory.setReconnectOnException(true);
        camel.addComponent("jms", JmsComponent.jmsComponentAutoAcknowledge(connectionFactory));
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost(config.get("gateway.http.host", "0.0.0.0"));
        http.setBindPort(config.getInt("gateway.http.port", 8080));
        // request bodies are buffered in memory: cap them (large MARC files go through the CLI import)
        http.setMaxBodySize((long) config.getInt("gateway.http.max.body.kb", 65_536) * 1024);
        httpServer = new VertxPlatformHttpServer(http);
        camel.addService(httpServer);

        relay = new OutboxRelay(db, connectionFactory, EmbeddedBroker.EVENTS_ADDRESS, relayBatch);
        HealthApi health = new HealthApi(db, this::brokerUp, broker != null ? "embedded" : "external");
        camel.addRoutes(new RestSetupRoute());
        camel.addRoutes(new CirculationRestRoute(new CirculationApi(circulation), health));
        camel.addRoutes(new RecordsRestRoute(new MemberApi(circulation), new ItemApi(circulation),
                new LibraryApi(profiles)));
        camel.addRoutes(new OutboxRelayRoute(relay));
        camel.addRoutes(new IdempotencyRetentionRoute(new IdempotencyRetention(db, clock,
                Duration.ofMillis(config.getDurationMs("gateway.idempotency.retention", Duration.ofDays(7).toMillis())), 1_000),
                config.getDurationMs("gateway.idempotency.purge.period", Duration.ofHours(1).toMillis())));
        StoreCompaction compaction = new StoreCompaction(db, 90, 16 << 20);
        if (compactAt != null && compaction.applies()) {
            camel.addRoutes(new StoreCompactionRoute(new QuietHourCompaction(compaction, clock, compactAt, compactBudget)));
            LOG.info("the database file is compacted nightly at {} ({}), for at most {}", compactAt, clock.getZone(),
                    compactBudget.toString().substring(2).toLowerCase(Locale.ROOT)); // PT10M → 10m
        }
        OfflineCheckinApplier offlineCheckins = new OfflineCheckinApplier(circulation);
        camel.addRoutes(new OfflineCheckinRoute(offlineCheckins));
        CatalogueModule catalogue = new CatalogueModule(config, db, clock);
        for (org.apache.camel.RoutesBuilder r : catalogue.routes()) {
            camel.addRoutes(r);
        }
        camel.start();
        storeHealth = new StoreHealth(db, 1_000);
        if (config.getBoolean("gateway.sip2.enabled", true)) {
            sip2 = new Sip2Service(config, new CoreSip2Backend(circulation, storeHealth, camel.createProducerTemplate(),
                    offlineCheckins, catalogue::title));
        }
        LOG.info("gateway started in {} ms: HTTP on port {}, SIP2 on port {}, database {}, broker {}",
                (System.nanoTime() - t0) / 1_000_000, httpPort(), sip2Port(), db.productName(),
                broker != null ? "embedded" : brokerUrl);
        return this;
    }

    /** Vert.x only logs a failed bind; check first so a taken port stops the start with a clear message. */
    private static void requireFreePort(String host, int port, String setting) {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("port " + port + " is in use (" + setting + ")", e);
        }
    }

    private Database openDatabase(Path dataDir) {
        String url = config.get("gateway.db.url", Database.h2FileUrl(dataDir));
        String user = config.get("gateway.db.user", url.startsWith("jdbc:h2:") ? "sa" : null);
        return Database.open(url, user, config.get("gateway.db.password", ""), config.getInt("gateway.db.pool.size", 16));
    }

    /**
     * The embedded broker's duplicate-id window. A crash between the broker's commit and the outbox delete
     * re-sends one relay batch, which the broker must still remember; an external broker keeps its own.
     */
    private int duplicateIdWindow(int relayBatch) {
        int ids = config.getInt("gateway.broker.embedded.id.cache.size", 5_000);
        if (!config.isSet("gateway.broker.url") && ids < 2 * relayBatch) {
            throw new IllegalArgumentException("gateway.broker.embedded.id.cache.size (" + ids
                    + ") must be at least twice gateway.outbox.batch.size (" + relayBatch + ")");
        }
        return ids;
    }

    private String startBroker(Path dataDir, int idCacheSize) throws Exception {
        if (config.isSet("gateway.broker.url")) {
            return config.get("gateway.broker.url");
        }
        broker = new EmbeddedBroker(dataDir.resolve("broker"), config.getInt("gateway.broker.embedded.tcp.port", 0),
                idCacheSize);
        broker.start();
        return broker.clientUrl();
    }

    private boolean brokerUp() {
        if (broker != null) {
            return broker.isActive();
        }
        try (var c = connectionFactory.createConnection()) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private Properties asProperties() {
        Properties p = new Properties();
        p.putAll(config.asMap());
        return p;
    }

    public int httpPort() {
        return httpServer == null ? -1 : httpServer.getPort();
    }

    /** The first SIP2 listener's port, or -1 when SIP2 is off. */
    public int sip2Port() {
        return sip2 == null ? -1 : sip2.port();
    }

    public StoreHealth storeHealth() {
        return storeHealth;
    }

    public Circulation circulation() {
        return circulation;
    }

    public Database database() {
        return db;
    }

    public EmbeddedBroker embeddedBroker() {
        return broker;
    }

    public OutboxRelay outboxRelay() {
        return relay;
    }

    public CamelContext camel() {
        return camel;
    }

    public GatewayConfig config() {
        return config;
    }

    public synchronized void stop() {
        try {
            if (sip2 != null) {
                sip2.close(); // finishes in-flight messages first
            }
            if (storeHealth != null) {
                storeHealth.close();
            }
            if (camel != null) {
                camel.stop();
            }
            if (connectionFactory != null) {
                connectionFactory.destroy();
            }
            if (broker != null) {
                broker.stop();
            }
        } catch (Exception e) {
            LOG.warn("error while stopping: {}", e.getMessage());
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
