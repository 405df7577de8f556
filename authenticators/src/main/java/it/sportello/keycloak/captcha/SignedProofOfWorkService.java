package it.sportello.keycloak.captcha;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Issues and verifies HMAC-SHA256-signed proof-of-work challenges. The signature covers the realm id too, so a
 * challenge of one realm is refused in another even under a shared server-wide key, and the binding (authentication
 * session or form token), so a challenge is refused in any session or form but the one it was issued for. Nothing about a challenge is
 * stored until it is redeemed: then its salt is marked used in Keycloak's cluster-wide single-use store with
 * {@code putIfAbsent} for the rest of its validity, so the same solution is accepted once, on whichever node.
 */
final class SignedProofOfWorkService implements ProofOfWorkService {

    static final String USED_PREFIX = "sportello.pow.used.";

    private static final String HMAC = "HmacSHA256";
    private static final int SALT_BYTES = 16;
    /** Decimal nonce as sportello-pow.js counts it; 16 digits is more than any browser reaches. */
    private static final Pattern NONCE = Pattern.compile("[0-9]{1,16}");

    /** Realm id and key of the current request. */
    record SigningKey(String realmId, byte[] secret) {}

    private final SingleUseObjectProvider store;
    private final Clock clock;
    private final SecureRandom random;
    private final ProofOfWorkConfig config;
    private final Supplier<SigningKey> signingKey;

    SignedProofOfWorkService(
            SingleUseObjectProvider store,
            Clock clock,
            SecureRandom random,
            ProofOfWorkConfig config,
            Supplier<SigningKey> signingKey) {
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.config = config;
        this.signingKey = signingKey;
    }

    @Override
    public ProofOfWorkChallenge issue(ProofOfWorkBinding binding) {
        Objects.requireNonNull(binding, "binding");
        byte[] bytes = new byte[SALT_BYTES];
        random.nextBytes(bytes);
        String salt = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long expiresAt = clock.instant().getEpochSecond() + config.ttl().toSeconds();
        int difficulty = config.difficulty();
        return new ProofOfWorkChallenge(
                salt,
                expiresAt,
                difficulty,
                sign(binding, ProofOfWorkChallenge.signedPart(salt, expiresAt, difficulty)));
    }

    @Override
    public ProofOfWorkOutcome verify(ProofOfWorkBinding binding, String challengeToken, String nonce) {
        Objects.requireNonNull(binding, "binding");
        if (challengeToken == null || challengeToken.isBlank() || nonce == null || nonce.isBlank()) {
            return ProofOfWorkOutcome.MISSING;
        }
        ProofOfWorkChallenge challenge = ProofOfWorkChallenge.parse(challengeToken.trim());
        String answer = nonce.trim();
        if (challenge == null || !NONCE.matcher(answer).matches()) {
            return ProofOfWorkOutcome.MALFORMED;
        }
        byte[] expected = sign(binding, challenge.signedPart()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, challenge.signature().getBytes(StandardCharsets.US_ASCII))) {
            return ProofOfWorkOutcome.BAD_SIGNATURE;
        }
        long now = clock.instant().getEpochSecond();
        if (now >= challenge.getExpiresAt()) {
            return ProofOfWorkOutcome.EXPIRED;
        }
        if (!ProofOfWorkHash.solves(challenge.getSalt(), answer, challenge.getDifficulty())) {
            return ProofOfWorkOutcome.INSUFFICIENT_WORK;
        }
        // Last, so that only genuine, solved challenges take room in the store.
        if (!store.putIfAbsent(USED_PREFIX + challenge.getSalt(), challenge.getExpiresAt() - now)) {
            return ProofOfWorkOutcome.REPLAYED;
        }
        return ProofOfWorkOutcome.OK;
    }

    @Override
    public void close() {}

    private String sign(ProofOfWorkBinding binding, String signedPart) {
        SigningKey key = signingKey.get();
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key.secret(), HMAC));
            mac.update(("sportello-pow\n" + key.realmId() + '\n' + binding.signedValue() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            byte[] signature = mac.doFinal(signedPart.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
