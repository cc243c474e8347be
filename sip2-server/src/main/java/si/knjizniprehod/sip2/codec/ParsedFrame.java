package si.knjizniprehod.sip2.codec;

import java.util.List;
import si.knjizniprehod.sip2.message.Sip2Message;

/**
 * A decoded frame: the message, its AY sequence number (null if absent), whether it carried an AZ checksum,
 * the variable fields the message did not know (kept, otherwise ignored), and where in the frame's bytes the
 * message lies without line ends, AY and AZ ({@code bodyStart} inclusive, {@code bodyEnd} exclusive).
 */
public record ParsedFrame(Sip2Message message, Integer sequence, boolean hadChecksum, List<Sip2Field> unknownFields,
                          int bodyStart, int bodyEnd) {}
