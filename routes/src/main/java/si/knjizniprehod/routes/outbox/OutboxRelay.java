package si.knjizniprehod.routes.outbox;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.SingleConnectionFactory;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.db.OutboxRepository;

import java.util.List;

/**
 * Moves committed events from the outbox table to the broker, in commit order. A batch is sent in
 * one transacted JMS session (one journal sync per batch), each message carrying its event id as
 * Artemis' duplicate id, and then deleted from the outbox in one transaction. A crash between the
 * JMS commit and the delete re-sends the batch on the next run and the broker drops the copies,
 * so consumers see every event exactly once.
 */
public final class OutboxRelay {
    /** Artemis' duplicate-detection property (Message.HDR_DUPLICATE_DETECTION_ID). */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Database db;
    private final OutboxRepository outbox = new OutboxRepository();
    private final ConnectionFactory connections;
    private final String topic;
    private final int batchSize;
    private volatile boolean brokerDown;

    public OutboxRelay(Database db, ConnectionFactory connections, String topic, int batchSize) {
        this.db = db;
        this.connections = connections;
        this.topic = topic;
        this.batchSize = batchSize;
    }

    /** Publishes everything pending, batch by batch; returns how many were published. */
    public synchronized int publishPending() {
        int total = 0;
        while (true) {
            List<OutboxRepository.Event> batch = db.inTransaction(c -> outbox.pending(c, batchSize));
            if (batch.isEmpty()) {
                break;
            }
            try {
                send(batch);
            } catch (JMSException | RuntimeException e) {
                if (connections instanceof SingleConnectionFactory shared) {
                    shared.resetConnection(); // the cached connection died with the broker: open a new one next time
                }
                if (!brokerDown) {
                    LOG.warn("broker unavailable, events wait in the outbox: {}", e.getMessage());
                    brokerDown = true;
                }
                return total;
            }
            List<Long> seqs = batch.stream().map(OutboxRepository.Event::seq).toList();
            db.inTransaction(c -> {
                outbox.removePublished(c, seqs);
                return null;
            });
            total += batch.size();
            if (batch.size() < batchSize) {
                break;
            }
        }
        if (brokerDown && total > 0) {
            LOG.info("broker back, outbox relay resumed");
            brokerDown = false;
        }
        return total;
    }

    /**
     * One transacted send for the batch. Artemis rejects a whole transaction that holds a duplicate,
     * which only happens when a batch is re-sent after a crash: then the batch goes again message by
     * message, where the broker drops each duplicate on its own.
     */
    private void send(List<OutboxRepository.Event> batch) throws JMSException {
        try (Connection connection = connections.createConnection()) {
            try {
                sendAll(connection.createSession(true, Session.SESSION_TRANSACTED), batch, true);
            } catch (JMSException rejected) {
                sendAll(connection.createSession(false, Session.AUTO_ACKNOWLEDGE), batch, false);
            }
        }
    }

    private void sendAll(Session session, List<OutboxRepository.Event> batch, boolean transacted) throws JMSException {
        try {
            MessageProducer producer = session.createProducer(session.createTopic(topic));
            for (OutboxRepository.Event e : batch) {
                TextMessage m = session.createTextMessage(e.payload());
                m.setStringProperty(DUPLICATE_ID, e.eventId());
                m.setStringProperty("eventType", e.type());
                m.setStringProperty("library", e.libraryId());
                producer.send(m);
            }
            if (transacted) {
                session.commit();
            }
        } finally {
            session.close();
        }
    }

    public long pendingCount() {
        return db.inTransaction(outbox::countPending);
    }
}
