package it.sportello.keycloak;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Test double of Keycloak's single-use object store with the same contract as the Infinispan one: atomic
 * {@code putIfAbsent} and {@code remove}, lifespans in seconds, expiry read from the given clock. One instance shared
 * by two limiters stands for the cluster-wide cache seen from two nodes.
 */
public final class InMemorySingleUseObjects implements SingleUseObjectProvider {

    private record Entry(Map<String, String> notes, long expiresAtMillis) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySingleUseObjects(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(String key, long lifespanSeconds, Map<String, String> notes) {
        Objects.requireNonNull(key);
        entries.put(key, new Entry(Map.copyOf(notes), expiry(lifespanSeconds)));
    }

    @Override
    public Map<String, String> get(String key) {
        Entry entry = live(key);
        return entry == null ? null : entry.notes();
    }

    @Override
    public Map<String, String> remove(String key) {
        Entry entry = live(key);
        return entry != null && entries.remove(key, entry) ? entry.notes() : null;
    }

    @Override
    public boolean replace(String key, Map<String, String> notes) {
        Objects.requireNonNull(key);
        return entries.computeIfPresent(key, (k, old) -> new Entry(Map.copyOf(notes), old.expiresAtMillis())) != null;
    }

    @Override
    public boolean putIfAbsent(String key, long lifespanInSeconds) {
        Objects.requireNonNull(key);
        long expiry = expiry(lifespanInSeconds);
        boolean[] added = {false};
        entries.compute(key, (k, old) -> {
            if (old != null && old.expiresAtMillis() > clock.millis()) {
                return old;
            }
            added[0] = true;
            return new Entry(Map.of(), expiry);
        });
        return added[0];
    }

    @Override
    public boolean contains(String key) {
        return live(key) != null;
    }

    @Override
    public void close() {}

    /** Keys of the entries still alive, to look at what the store holds. */
    public Set<String> liveKeys() {
        return entries.keySet().stream().filter(this::contains).collect(Collectors.toSet());
    }

    /** Lifespan left of an entry, in whole seconds, or -1 when absent. */
    public long secondsLeft(String key) {
        Entry entry = live(key);
        return entry == null ? -1 : (entry.expiresAtMillis() - clock.millis()) / 1000;
    }

    private Entry live(String key) {
        Objects.requireNonNull(key);
        Entry entry = entries.get(key);
        return entry != null && entry.expiresAtMillis() > clock.millis() ? entry : null;
    }

    private long expiry(long lifespanSeconds) {
        if (lifespanSeconds <= 0) {
            throw new IllegalArgumentException("lifespan must be positive");
        }
        return clock.millis() + lifespanSeconds * 1000;
    }
}
