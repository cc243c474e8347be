package si.knjizniprehod.routes.outbox;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.db.OutboxRepository;

import java.time.Clock;
import java.util.List;

/**
 * Moves committed events from the outbox table to the broker, in commit order. Each event is sent
 * (persistent, synchronous) with its event id as Artemis' duplicate id and then marked published:
 * a crash between the two re-sends it on the next run and the broker drops the copy, so
 * consumers see every event exactly once.
 */
public final class OutboxRelay {
    /** Artemis' duplicate-detection property (Message.HDR_DUPLICATE_DETECTION_ID). */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Database db;
    private final OutboxRepository outbox = new OutboxRepository();
    private final String endpointUri;
    private final int batchSize;
    private final Clock clock;
    private ProducerTemplate producer;
    private volatile boolean brokerDown;

    public OutboxRelay(Database db, String endpointUri, int batchSize, Clock clock) {
        this.db = db;
        this.endpointUri = endpointUri;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    public void start(CamelContext camel) {
        this.producer = camel.createProducerTemplate();
    }

    /** Publishes what is pending; returns how many were published. Stops at the first failure. */
    public int publishPending() {
        List<OutboxRepository.Event> pending = db.inTransaction(c -> outbox.pending(c, batchSize));
        int sent = 0;
        for (OutboxRepository.Event e : pending) {
            Exchange ex = producer.send(endpointUri, x -> {
                x.getMessage().setBody(e.payload());
                x.getMessage().setHeader(DUPLICATE_ID, e.eventId());
                x.getMessage().setHeader("eventType", e.type());
                x.getMessage().setHeader("library", e.libraryId());
            });
            if (ex.getException() != null) {
                if (!brokerDown) {
                    LOG.warn("broker unavailable, {} event(s) wait in the outbox: {}", pending.size() - sent,
                            ex.getException().getMessage());
                    brokerDown = true;
                }
                return sent;
            }
            db.inTransaction(c -> {
                outbox.markPublished(c, e.seq(), clock.instant());
                return null;
            });
            sent++;
        }
        if (brokerDown && sent > 0) {
            LOG.info("broker back, outbox relay resumed");
            brokerDown = false;
        }
        return sent;
    }

    public long pendingCount() {
        return db.inTransaction(outbox::countPending);
    }
}
