package si.knjizniprehod.connectors.sru;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A small bounded cache whose entries expire {@code ttl} after they were stored; when full, the least recently
 * used entry goes. A zero TTL or zero size disables it. Thread-safe (one lock; entries are small and few).
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<K, Entry<V>> map;

    public TtlCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    public TtlCache(Duration ttl, int maxEntries, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > TtlCache.this.maxEntries;
            }
        };
    }

    public boolean enabled() {
        return ttlNanos > 0 && maxEntries > 0;
    }

    /** The live value for the key, or null. */
    public synchronized V get(K key) {
        if (!enabled()) {
            return null;
        }
        Entry<V> e = map.get(key);
        if (e == null) {
            return null;
        }
        if (nanoClock.getAsLong() - e.expiresAt >= 0) {
            map.remove(key);
            return null;
        }
        return e.value;
    }

    public synchronized void put(K key, V value) {
        if (enabled()) {
            map.put(key, new Entry<>(value, nanoClock.getAsLong() + ttlNanos));
        }
    }

    public synchronized int size() {
        return map.size();
    }

    public synchronized void clear() {
        map.clear();
    }
}
