package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldWriter;

/** One SIP2 2.00 message. Every message class has a static {@code parse(FieldReader)} used by {@link MessageType}. */
public interface Sip2Message {
    MessageType type();

    /** The terminal's transaction date; every request that has one is a record with this component. */
    default LocalDateTime transactionDate() {
        return null;
    }

    /** Writes the fixed fields (after the two-character code) and the variable fields. */
    void write(FieldWriter w);
}
