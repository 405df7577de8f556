package it.sportello.keycloak.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.InMemorySingleUseObjects;
import it.sportello.keycloak.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SingleUseStoreRateLimiterTest {

    /** A multiple of every window used here, so tests start at a window boundary. */
    private static final Instant START = Instant.ofEpochSecond(1_800_000_000L);

    private static final String REALM = "realm-1";
    private static final String IP = "203.0.113.7";

    private final TestClock clock = new TestClock(START);
    private final InMemorySingleUseObjects store = new InMemorySingleUseObjects(clock);

    private SingleUseStoreRateLimiter limiter(RateLimiterConfig config, String realmId) {
        return new SingleUseStoreRateLimiter(
                store, clock, config, new RateLimitKeys(config.keyHashSecretBytes()), () -> realmId);
    }

    private SingleUseStoreRateLimiter limiter() {
        return limiter(RateLimiterConfig.defaults(), REALM);
    }

    private static RateLimitPolicy fixed(int limit, int windowSeconds) {
        return new RateLimitPolicy("claim-ip", limit, Duration.ofSeconds(windowSeconds), RateLimitMode.FIXED);
    }

    private static RateLimitPolicy sliding(int limit, int windowSeconds) {
        return new RateLimitPolicy("claim-ip", limit, Duration.ofSeconds(windowSeconds), RateLimitMode.SLIDING);
    }

    @Test
    void fixedWindowAllowsTheLimitThenRefusesUntilTheWindowEnds() {
        RateLimiter limiter = limiter();
        RateLimitPolicy policy = fixed(3, 60);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        }
        clock.advance(Duration.ofSeconds(10));
        RateLimitDecision refused = limiter.tryAcquire(policy, IP);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(50));
        assertThat(refused.retryAfterMinutes()).isEqualTo(1);
    }

    @Test
    void fixedWindowRolloverAllowsTheLimitAgain() {
        RateLimiter limiter = limiter();
        RateLimitPolicy policy = fixed(2, 60);
        limiter.tryAcquire(policy, IP);
        limiter.tryAcquire(policy, IP);
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isFalse();

        clock.advance(Duration.ofSeconds(1));

        assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isFalse();
    }

    @Test
    void slidingWindowWeighsThePreviousWindowByItsOverlap() {
        RateLimiter limiter = limiter();
        RateLimitPolicy policy = sliding(10, 60);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isFalse();

        // 15 s into the next window, 3/4 of the previous one still counts: 10 - 7.5 leaves 2 attempts.
        clock.advance(Duration.ofSeconds(75));
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        RateLimitDecision refused = limiter.tryAcquire(policy, IP);
        assertThat(refused.allowed()).isFalse();
        // At 18 s only 7 of the previous 10 count, and 7 + 2 + 1 fits.
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(3));

        clock.advance(refused.retryAfter());

        assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isFalse();
    }

    @Test
    void slidingWindowHasNoBurstAcrossTheBoundary() {
        RateLimiter limiter = limiter();
        RateLimitPolicy policy = sliding(5, 60);
        clock.advance(Duration.ofSeconds(59));
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire(policy, IP);
        }

        clock.advance(Duration.ofSeconds(2));

        // A fixed window would allow 5 more here, 10 within 2 seconds.
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isFalse();
    }

    @Test
    void slotsLiveUntilTheWindowEndsOrOneWindowLongerWhenSliding() {
        RateLimiter limiter = limiter();
        clock.advance(Duration.ofSeconds(20));

        limiter.tryAcquire(fixed(1, 60), "fixed");
        limiter.tryAcquire(
                new RateLimitPolicy("support-ip", 1, Duration.ofSeconds(60), RateLimitMode.SLIDING), "sliding");

        assertThat(store.liveKeys()).hasSize(2);
        assertThat(store.liveKeys()).map(store::secondsLeft).containsExactlyInAnyOrder(40L, 100L);
    }

    @ParameterizedTest
    @EnumSource(RateLimitMode.class)
    void concurrentAttemptsOnTwoNodesAllowExactlyTheLimit(RateLimitMode mode) throws Exception {
        RateLimitPolicy policy = new RateLimitPolicy("claim-code", 25, Duration.ofMinutes(15), mode);
        List<RateLimiter> nodes = List.of(limiter(), limiter());
        int threads = 16;
        int attemptsPerThread = 20;
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RateLimiter node = nodes.get(t % 2);
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < attemptsPerThread; i++) {
                        if (node.tryAcquire(policy, "C0012345").allowed()) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(allowed.get()).isEqualTo(25);
    }

    @Test
    void keysAreStoredOnlyAsSha256Hashes() throws Exception {
        RateLimiter limiter = limiter();
        RateLimitPolicy policy = fixed(5, 60);

        limiter.tryAcquire(policy, IP);
        limiter.recordFailure(policy, IP);

        String hash = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest((REALM + "\0claim-ip\0" + IP).getBytes(StandardCharsets.UTF_8)));
        assertThat(store.liveKeys())
                .containsExactlyInAnyOrder(
                        "sportello.rl.a.claim-ip." + hash + ".30000000.0",
                        "sportello.rl.f.claim-ip." + hash + ".30000000.0")
                .noneMatch(key -> key.contains(IP) || key.contains(REALM));
    }

    @Test
    void keyHashSecretReplacesThePlainHash() {
        String secret = "0123456789abcdef0123456789abcdef";
        RateLimitKeys plain = new RateLimitKeys(new byte[0]);
        RateLimitKeys keyed = new RateLimitKeys(new RateLimiterConfig(true, 100, secret).keyHashSecretBytes());

        assertThat(keyed.hash(REALM, "claim-ip", IP))
                .hasSize(43)
                .isNotEqualTo(plain.hash(REALM, "claim-ip", IP))
                .isEqualTo(keyed.hash(REALM, "claim-ip", IP));
    }

    @Test
    void hashesSeparateRealmScopeAndKeyUnambiguously() {
        RateLimitKeys keys = new RateLimitKeys(new byte[0]);

        assertThat(keys.hash("r", "claim-ip", "1.2.3.4"))
                .isNotEqualTo(keys.hash("r", "claim-ip", "1.2.3.5"))
                .isNotEqualTo(keys.hash("r2", "claim-ip", "1.2.3.4"))
                .isNotEqualTo(keys.hash("r", "support-ip", "1.2.3.4"));
        assertThat(keys.hash("ab", "c", "d")).isNotEqualTo(keys.hash("a", "bc", "d"));
    }

    @Test
    void scopesAndRealmsCountSeparately() {
        RateLimiter realmOne = limiter();
        RateLimiter realmTwo = limiter(RateLimiterConfig.defaults(), "realm-2");
        RateLimitPolicy claim = fixed(1, 60);
        RateLimitPolicy support = new RateLimitPolicy("support-ip", 1, Duration.ofSeconds(60), RateLimitMode.FIXED);

        assertThat(realmOne.tryAcquire(claim, IP).allowed()).isTrue();
        assertThat(realmOne.tryAcquire(claim, IP).allowed()).isFalse();
        assertThat(realmOne.tryAcquire(support, IP).allowed()).isTrue();
        assertThat(realmTwo.tryAcquire(claim, IP).allowed()).isTrue();
        assertThat(realmOne.tryAcquire(claim, "198.51.100.1").allowed()).isTrue();
    }

    @Test
    void failuresAreCountedSaturateAtTheLimitAndResetClearsThem() {
        RateLimiter limiter = limiter();
        RateLimitPolicy policy = fixed(3, 900);
        limiter.tryAcquire(policy, "C0012345");
        limiter.tryAcquire(policy, "C0012345");
        limiter.tryAcquire(policy, "C0012345");
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure(policy, "C0012345");
        }
        assertThat(limiter.failures(policy, "C0012345")).isEqualTo(3);
        assertThat(limiter.failures(policy, "C0099999")).isZero();

        limiter.reset(policy, "C0012345");

        assertThat(limiter.failures(policy, "C0012345")).isZero();
        assertThat(limiter.tryAcquire(policy, "C0012345").allowed()).isTrue();
        assertThat(store.liveKeys()).hasSize(1);
    }

    @Test
    void failuresInSlidingModeFadeOutOverTheNextWindow() {
        RateLimiter limiter = limiter();
        RateLimitPolicy policy = sliding(10, 60);
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure(policy, IP);
        }

        clock.advance(Duration.ofSeconds(90));
        assertThat(limiter.failures(policy, IP)).isEqualTo(2);

        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.failures(policy, IP)).isZero();
    }

    @Test
    void limitsAboveMaxLimitAreLowered() {
        RateLimiter limiter = limiter(new RateLimiterConfig(true, 2, null), REALM);
        RateLimitPolicy policy = fixed(50, 60);

        assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
        assertThat(limiter.tryAcquire(policy, IP).allowed()).isFalse();
    }

    @Test
    void disabledLimiterAllowsEverythingAndStoresNothing() {
        RateLimiter limiter = limiter(new RateLimiterConfig(false, 100, null), REALM);
        RateLimitPolicy policy = fixed(1, 60);

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire(policy, IP).allowed()).isTrue();
            limiter.recordFailure(policy, IP);
        }

        assertThat(limiter.failures(policy, IP)).isZero();
        assertThat(store.liveKeys()).isEmpty();
    }
}
