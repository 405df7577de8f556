package it.sportello.keycloak.captcha;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.keycloak.Config;

/** Typed, null-safe view of the {@code pow} captcha options; defaults live here only. */
record ProofOfWorkConfig(int difficulty, Duration ttl, String secret) {

    /**
     * 2^16 hashes on average. Measured on the 2-core build machine (means over 10 to 20 random salts; the work is
     * geometric, so a single solve often takes two or three times the mean):
     *
     * <pre>
     * bits  sportello-pow.js, headless Chromium  sportello-pow.js, Node 20 WebCrypto  Java solver (test)
     * 14      0.1 s                                0.2 to 0.9 s                        11 ms
     * 16      0.7 to 1.0 s (~90k hashes/s)         0.8 to 1.5 s (~45k hashes/s)         9 ms (~8M hashes/s)
     * 18      2.4 to 2.9 s (~100k hashes/s)        4.1 to 5.8 s                        30 ms
     * </pre>
     *
     * WebCrypto pays a promise per hash, so the browser is about 80 times slower than native code: 18 bits would mean
     * about 3 s on a desktop and 10 s or more on a low-end phone, for 30 ms of an attacker's native CPU. 16 keeps the
     * check under about a second for most users; the rate limits do the heavy lifting.
     */
    static final int DEFAULT_DIFFICULTY = 16;

    static final int MIN_DIFFICULTY = 1;
    /** 2^26 hashes is already minutes on a phone; anything above only locks users out. */
    static final int MAX_DIFFICULTY = 26;

    static final int DEFAULT_TTL_SECONDS = 900;
    static final int MIN_TTL_SECONDS = 30;
    static final int MAX_TTL_SECONDS = 86_400;
    static final int MIN_SECRET_LENGTH = 32;

    ProofOfWorkConfig {
        if (difficulty < MIN_DIFFICULTY || difficulty > MAX_DIFFICULTY) {
            throw new IllegalArgumentException(
                    "sportello-captcha pow: difficulty must be between " + MIN_DIFFICULTY + " and " + MAX_DIFFICULTY);
        }
        if (ttl.toSeconds() < MIN_TTL_SECONDS || ttl.toSeconds() > MAX_TTL_SECONDS) {
            throw new IllegalArgumentException("sportello-captcha pow: ttl must be between " + MIN_TTL_SECONDS + " and "
                    + MAX_TTL_SECONDS + " seconds");
        }
        secret = secret == null || secret.isBlank() ? "" : secret;
        if (!secret.isEmpty() && secret.length() < MIN_SECRET_LENGTH) {
            // The value itself is never part of the message.
            throw new IllegalArgumentException(
                    "sportello-captcha pow: secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
    }

    static ProofOfWorkConfig defaults() {
        return new ProofOfWorkConfig(DEFAULT_DIFFICULTY, Duration.ofSeconds(DEFAULT_TTL_SECONDS), "");
    }

    static ProofOfWorkConfig from(Config.Scope scope) {
        return new ProofOfWorkConfig(
                scope.getInt(ProofOfWorkConfigProperties.DIFFICULTY, DEFAULT_DIFFICULTY),
                Duration.ofSeconds(scope.getInt(ProofOfWorkConfigProperties.TTL, DEFAULT_TTL_SECONDS)),
                scope.get(ProofOfWorkConfigProperties.SECRET));
    }

    /** The server-wide key, when the operator set one. */
    Optional<byte[]> serverSecret() {
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ProofOfWorkConfig[difficulty=" + difficulty + ", ttl=" + ttl + ", secret="
                + (secret.isEmpty() ? "none" : "server") + "]";
    }
}
