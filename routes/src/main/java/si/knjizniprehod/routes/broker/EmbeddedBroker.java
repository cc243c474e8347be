package si.knjizniprehod.routes.broker;

import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default broker: Artemis in this JVM with a persistent journal under the data directory,
 * an in-VM acceptor, and a TCP acceptor only when asked for (61616; 5672 is taken on these machines).
 * Duplicate detection is on, so a message re-sent with the same {@code _AMQ_DUPL_ID} is dropped.
 */
public final class EmbeddedBroker implements AutoCloseable {
    public static final String EVENTS_ADDRESS = "circulation.events";
    private static final AtomicInteger NEXT_SERVER_ID = new AtomicInteger(
            (int) (ProcessHandle.current().pid() % 1000) * 100);

    private final Path dir;
    private final int tcpPort;
    private final int idCacheSize;
    private final int serverId = NEXT_SERVER_ID.incrementAndGet();
    private EmbeddedActiveMQ server;

    /**
     * @param idCacheSize how many recent duplicate ids the broker remembers (and journals). It must cover
     *                    what a crash can leave sent but still in the outbox, one relay batch; every id in
     *                    it stays on the heap and in the journal until pushed out, so a larger cache only
     *                    costs (with 100,000 they were about 5 % of what young collections copied under SIP2 load).
     */
    public EmbeddedBroker(Path dir, int tcpPort, int idCacheSize) {
        this.dir = dir;
        this.tcpPort = tcpPort;
        this.idCacheSize = idCacheSize;
    }

    public synchronized void start() throws Exception {
        Configuration cfg = new ConfigurationImpl()
                .setName("gateway-embedded")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .setPersistIDCache(true)
                .setIDCacheSize(idCacheSize)
                .setGracefulShutdownEnabled(true)
                .setGracefulShutdownTimeout(5_000);
        cfg.addAcceptorConfiguration("in-vm", "vm://" + serverId);
        if (tcpPort > 0) {
            cfg.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + tcpPort + "?protocols=CORE");
        }
        cfg.addAddressConfiguration(new CoreAddressConfiguration().setName(EVENTS_ADDRESS)
                .addRoutingType(RoutingType.MULTICAST));
        cfg.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(org.apache.activemq.artemis.api.core.SimpleString.of("DLQ"))
                .setExpiryAddress(org.apache.activemq.artemis.api.core.SimpleString.of("ExpiryQueue"))
                .setAutoCreateExpiryResources(true)
                .setMaxDeliveryAttempts(5)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoCreateDeadLetterResources(true));
        server = new EmbeddedActiveMQ();
        server.setConfiguration(cfg);
        server.start();
    }

    /** The URL clients in this JVM use. */
    public String clientUrl() {
        return "vm://" + serverId + "?reconnectAttempts=0";
    }

    public synchronized boolean isActive() {
        return server != null && server.getActiveMQServer() != null && server.getActiveMQServer().isActive();
    }

    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
