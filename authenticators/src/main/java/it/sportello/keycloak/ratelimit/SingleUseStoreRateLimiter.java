package it.sportello.keycloak.ratelimit;

import it.sportello.keycloak.ratelimit.RateLimitKeys.Counter;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Rate limits on Keycloak's single-use object store ({@code session.singleUseObjects()}), which in a cluster is the
 * distributed, synchronously written {@code actionTokens} Infinispan cache (or the external Infinispan when one is
 * configured), so every node sees the same counters.
 *
 * <p><b>Counting under concurrency.</b> The store offers no atomic increment: {@code replace} is unconditional and,
 * in the Infinispan implementation, drops the entry's lifespan, and {@code put} is only written when the request's
 * transaction commits. A read-increment-write counter would therefore lose updates when two requests, on one node or
 * two, count at the same moment. Instead every allowed attempt claims its own slot entry, {@code <key>.<window>.<i>}
 * for {@code i < limit}, with {@code putIfAbsent}, which the cache executes atomically on the key's primary owner:
 * two requests can never claim the same slot, so at most {@code limit} attempts are allowed per window whatever the
 * interleaving. To avoid trying every slot from zero, the first free slot is found by binary search with
 * {@code contains} (claims fill the slots from the bottom, so the claimed ones form a prefix) and claiming starts
 * there; a stale or wrong guess only costs a few more {@code putIfAbsent} calls, never an extra allowed attempt.
 *
 * <p><b>Trade-off.</b> An attempt costs about log2(limit) reads and usually one write, and each counted attempt is
 * one small cache entry living until the window ends (two windows in {@link RateLimitMode#SLIDING} mode). That is why
 * limits are capped by {@code max-limit}: these counters are meant for tens of attempts per key, not thousands.
 * {@link #reset} removes slots top-down; a request counting at that very moment may leave a hole, which makes the
 * next binary search overestimate and refuse slightly early, the safe direction.
 */
final class SingleUseStoreRateLimiter implements RateLimiter {

    private final SingleUseObjectProvider store;
    private final Clock clock;
    private final RateLimiterConfig config;
    private final RateLimitKeys keys;
    private final Supplier<String> realmId;

    SingleUseStoreRateLimiter(
            SingleUseObjectProvider store,
            Clock clock,
            RateLimiterConfig config,
            RateLimitKeys keys,
            Supplier<String> realmId) {
        this.store = store;
        this.clock = clock;
        this.config = config;
        this.keys = keys;
        this.realmId = realmId;
    }

    @Override
    public RateLimitDecision tryAcquire(RateLimitPolicy policy, String key) {
        if (!config.enabled()) {
            return RateLimitDecision.allow();
        }
        String base = keys.base(Counter.ATTEMPTS, realmId.get(), policy.scope(), key);
        int limit = limit(policy);
        Window now = Window.at(clock.millis(), policy.windowMillis());

        int previous = 0;
        int allowed = limit;
        if (policy.mode() == RateLimitMode.SLIDING) {
            previous = claimed(base, now.index() - 1, limit);
            allowed = limit - now.stillCounting(previous);
        }
        int first = claimed(base, now.index(), allowed);
        long lifespan = now.secondsUntilEnd(policy.mode() == RateLimitMode.SLIDING ? 1 : 0);
        for (int slot = first; slot < allowed; slot++) {
            if (store.putIfAbsent(RateLimitKeys.slot(base, now.index(), slot), lifespan)) {
                return RateLimitDecision.allow();
            }
        }
        return RateLimitDecision.refuse(retryAfter(policy.mode(), now, limit, previous, Math.max(allowed, 0)));
    }

    @Override
    public void recordFailure(RateLimitPolicy policy, String key) {
        if (!config.enabled()) {
            return;
        }
        String base = keys.base(Counter.FAILURES, realmId.get(), policy.scope(), key);
        int limit = limit(policy);
        Window now = Window.at(clock.millis(), policy.windowMillis());
        long lifespan = now.secondsUntilEnd(policy.mode() == RateLimitMode.SLIDING ? 1 : 0);
        for (int slot = claimed(base, now.index(), limit); slot < limit; slot++) {
            if (store.putIfAbsent(RateLimitKeys.slot(base, now.index(), slot), lifespan)) {
                return;
            }
        }
        // Saturated: the count stays at the limit until the window rolls over.
    }

    @Override
    public int failures(RateLimitPolicy policy, String key) {
        if (!config.enabled()) {
            return 0;
        }
        String base = keys.base(Counter.FAILURES, realmId.get(), policy.scope(), key);
        int limit = limit(policy);
        Window now = Window.at(clock.millis(), policy.windowMillis());
        int current = claimed(base, now.index(), limit);
        if (policy.mode() == RateLimitMode.FIXED) {
            return current;
        }
        int previous = claimed(base, now.index() - 1, limit);
        return Math.min(limit, current + now.stillCounting(previous));
    }

    @Override
    public void reset(RateLimitPolicy policy, String key) {
        if (!config.enabled()) {
            return;
        }
        int limit = limit(policy);
        Window now = Window.at(clock.millis(), policy.windowMillis());
        for (Counter counter : Counter.values()) {
            String base = keys.base(counter, realmId.get(), policy.scope(), key);
            for (long window = now.index() - 1; window <= now.index(); window++) {
                // Top-down, so that the claimed slots stay a prefix while they go.
                for (int slot = claimed(base, window, limit) - 1; slot >= 0; slot--) {
                    store.remove(RateLimitKeys.slot(base, window, slot));
                }
            }
        }
    }

    @Override
    public void close() {}

    private int limit(RateLimitPolicy policy) {
        return Math.min(policy.limit(), config.maxLimit());
    }

    /** Number of claimed slots of a window, by binary search over the prefix of claimed slots below {@code upTo}. */
    private int claimed(String base, long window, int upTo) {
        int low = 0;
        int high = Math.max(upTo, 0);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (store.contains(RateLimitKeys.slot(base, window, middle))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * How long until one more attempt would be allowed if nobody tries meanwhile. Fixed windows: at the next window.
     * Sliding windows: the earlier of the moment the previous window's weight has decayed enough within this window,
     * and the moment in the next window when this window's count, then the previous one, has decayed enough.
     */
    static Duration retryAfter(RateLimitMode mode, Window now, int limit, int previous, int current) {
        long untilEnd = now.end() - now.nowMillis();
        if (mode == RateLimitMode.FIXED) {
            return Duration.ofMillis(untilEnd);
        }
        long length = now.length();
        long best = Long.MAX_VALUE;
        // Within this window: needs ceil(previous * (1 - f)) <= limit - current - 1, i.e. f >= 1 - room / previous.
        int room = limit - current - 1;
        if (previous > 0 && room >= 0) {
            long at = now.start() + ceilDiv(length * Math.max(previous - room, 0), previous);
            best = Math.max(at - now.nowMillis(), 0);
        }
        // In the next window: needs ceil(current * (1 - f)) <= limit - 1, i.e. f >= 1 - (limit - 1) / current.
        long next = untilEnd;
        if (current > limit - 1) {
            next += ceilDiv(length * (current - (limit - 1)), current);
        }
        return Duration.ofMillis(Math.min(best, next));
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    /** One window of a policy around the current time. */
    record Window(long nowMillis, long length, long index) {

        static Window at(long nowMillis, long length) {
            return new Window(nowMillis, length, Math.floorDiv(nowMillis, length));
        }

        long start() {
            return index * length;
        }

        long end() {
            return start() + length;
        }

        /**
         * How many of the previous window's {@code count} attempts still weigh: the share of that window lying within
         * the last window-length of time, rounded up. Integer arithmetic, so that boundaries are exact.
         */
        int stillCounting(int count) {
            return (int) ceilDiv(count * (length - (nowMillis - start())), length);
        }

        /** Whole seconds, rounded up, until the end of this window plus {@code extraWindows} more; at least one. */
        long secondsUntilEnd(int extraWindows) {
            long millis = end() + extraWindows * length - nowMillis;
            return Math.max(1, (millis + 999) / 1000);
        }
    }
}
