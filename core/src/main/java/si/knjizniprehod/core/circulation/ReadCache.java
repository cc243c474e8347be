package si.knjizniprehod.core.circulation;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A read-through cache for the answers self-check machines ask for most (patron status, item
 * information), kept exact by the write side: every committed change names the members and items
 * it touched, which bumps their version and drops what was cached for them. A read that raced with
 * a write (the version moved while it read) is not cached. Entries also expire after a TTL, because
 * "overdue" and membership standing move with the calendar.
 *
 * <p>Only valid while this process is the only writer of its database: with several gateways on one
 * database, set the TTL to 0 (off).
 */
final class ReadCache<V> {
    private record Entry<V>(V value, long version, long expiresAtMillis) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> versions;
    private final long ttlMillis;
    private final Clock clock;
    private final int maxEntries;

    ReadCache(Map<String, AtomicLong> versions, long ttlMillis, int maxEntries, Clock clock) {
        this.versions = versions;
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    private long version(String key) {
        return versions.computeIfAbsent(key, k -> new AtomicLong()).get();
    }

    /**
     * The cached value under {@code key}, valid while {@code versionKey} (e.g. {@code m:RI0001}) has
     * not changed, or the loader's.
     */
    V get(String key, String versionKey, Supplier<V> loader) {
        return get(key, versionKey, loader, v -> true);
    }

    /** As {@link #get(String, String, Supplier)}, caching only values the predicate accepts. */
    V get(String key, String versionKey, Supplier<V> loader, java.util.function.Predicate<V> cacheable) {
        if (ttlMillis <= 0) {
            return loader.get();
        }
        long now = clock.millis();
        long before = version(versionKey);
        Entry<V> e = entries.get(key);
        if (e != null && e.version() == before && e.expiresAtMillis() > now) {
            return e.value();
        }
        V value = loader.get();
        if (cacheable.test(value) && version(versionKey) == before) {
            if (entries.size() >= maxEntries) {
                entries.clear(); // crude bound: a full cache starts over rather than grow without limit
            }
            entries.put(key, new Entry<>(value, before, now + ttlMillis));
        }
        return value;
    }

    /** The version map is shared by all caches: a changed key is stale everywhere. */
    static void bump(Map<String, AtomicLong> versions, String key) {
        if (key != null) {
            versions.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }
    }
}
