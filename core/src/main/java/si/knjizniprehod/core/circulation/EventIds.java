package si.knjizniprehod.core.circulation;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Event ids: UUID version 7 layout (48-bit Unix milliseconds, then random bits), drawn from the
 * thread's own generator. {@link UUID#randomUUID()} reads SecureRandom under one global lock, which
 * SIP2 worker threads queued on under load; an event id needs to be unique, not unguessable.
 */
final class EventIds {
    private EventIds() {
    }

    static String next(long epochMillis) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
