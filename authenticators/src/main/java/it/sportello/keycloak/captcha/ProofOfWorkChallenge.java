package it.sportello.keycloak.captcha;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed puzzle handed to the browser: a random salt, an expiry and a difficulty (leading zero bits), carried in the
 * form as one opaque token {@code 1.<salt>.<expires-at>.<difficulty>.<signature>}. Bean getters, so that templates
 * read it as {@code challenge.token}, {@code challenge.salt}, {@code challenge.difficulty}.
 */
public final class ProofOfWorkChallenge {

    static final String VERSION = "1";
    /** Upper bound of a well-formed token's length, checked before any parsing. */
    static final int MAX_TOKEN_LENGTH = 128;

    private static final Pattern SALT = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern EXPIRES_AT = Pattern.compile("[0-9]{1,12}");
    private static final Pattern DIFFICULTY = Pattern.compile("[0-9]{1,2}");

    private final String salt;
    private final long expiresAt;
    private final int difficulty;
    private final String signature;

    ProofOfWorkChallenge(String salt, long expiresAt, int difficulty, String signature) {
        this.salt = Objects.requireNonNull(salt, "salt");
        this.expiresAt = expiresAt;
        this.difficulty = difficulty;
        this.signature = Objects.requireNonNull(signature, "signature");
    }

    /** The part of the token the signature covers. */
    static String signedPart(String salt, long expiresAt, int difficulty) {
        return VERSION + '.' + salt + '.' + expiresAt + '.' + difficulty;
    }

    /** Reads a token back, or {@code null} when it is not in the expected shape; says nothing about its signature. */
    static ProofOfWorkChallenge parse(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5
                || !VERSION.equals(parts[0])
                || !SALT.matcher(parts[1]).matches()
                || !EXPIRES_AT.matcher(parts[2]).matches()
                || !DIFFICULTY.matcher(parts[3]).matches()
                || !SIGNATURE.matcher(parts[4]).matches()) {
            return null;
        }
        int difficulty = Integer.parseInt(parts[3]);
        if (difficulty < ProofOfWorkConfig.MIN_DIFFICULTY || difficulty > ProofOfWorkConfig.MAX_DIFFICULTY) {
            return null;
        }
        return new ProofOfWorkChallenge(parts[1], Long.parseLong(parts[2]), difficulty, parts[4]);
    }

    /** What the form posts back in {@link ProofOfWorkService#CHALLENGE_FIELD}. */
    public String getToken() {
        return signedPart(salt, expiresAt, difficulty) + '.' + signature;
    }

    /** Random, base64url; also the challenge's identity for replay detection. */
    public String getSalt() {
        return salt;
    }

    /** Epoch second after which the challenge is refused. */
    public long getExpiresAt() {
        return expiresAt;
    }

    /** Leading zero bits the hash must have. */
    public int getDifficulty() {
        return difficulty;
    }

    String signature() {
        return signature;
    }

    String signedPart() {
        return signedPart(salt, expiresAt, difficulty);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProofOfWorkChallenge that
                && expiresAt == that.expiresAt
                && difficulty == that.difficulty
                && salt.equals(that.salt)
                && signature.equals(that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(salt, expiresAt, difficulty, signature);
    }

    @Override
    public String toString() {
        return "ProofOfWorkChallenge[expiresAt=" + expiresAt + ", difficulty=" + difficulty + "]";
    }
}
