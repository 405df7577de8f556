package it.sportello.keycloak.contactcode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A 6-digit code sent by SMS or mail and typed back, kept in the authentication session's notes (replicated across the
 * cluster, gone with the session): a salted SHA-256 of the code, its expiry and the wrong tries so far; never the code
 * itself. A code is single-use and dies after its lifetime or its last allowed wrong try.
 *
 * <p>A decoy ({@link #issueDecoy()}) stores the hash of a code that is sent to nobody: the pages that follow behave
 * exactly like for a real code (tries, expiry), so they tell nothing about whether a code went out.
 */
public final class CodeChallenge {

    /** What checking a typed code found. */
    public enum Outcome {
        OK,
        WRONG,
        /** The last allowed wrong try was used: the code is dead. */
        EXHAUSTED,
        /** Past its lifetime, already used, or never issued. */
        EXPIRED
    }

    public static final int DIGITS = 6;

    private static final int BOUND = 1_000_000;
    private static final int SALT_BYTES = 16;

    private final AuthenticationSessionModel session;
    private final String prefix;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration lifetime;
    private final int maxTries;

    /**
     * @param prefix names this use's notes, so that two uses in one session do not mix
     */
    public CodeChallenge(
            AuthenticationSessionModel session,
            String prefix,
            Clock clock,
            SecureRandom random,
            Duration lifetime,
            int maxTries) {
        this.session = session;
        this.prefix = prefix;
        this.clock = clock;
        this.random = random;
        this.lifetime = lifetime;
        this.maxTries = maxTries;
    }

    /** A new code, replacing any earlier one; the caller sends it and forgets it. */
    public String issue() {
        String code = String.format("%0" + DIGITS + "d", random.nextInt(BOUND));
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().encodeToString(salt);
        session.setAuthNote(prefix + "salt", encodedSalt);
        session.setAuthNote(prefix + "hash", hash(encodedSalt, code));
        session.setAuthNote(prefix + "expires", Long.toString(clock.millis() + lifetime.toMillis()));
        session.setAuthNote(prefix + "tries", "0");
        return code;
    }

    /**
     * Like {@link #issue()}, for a code sent to nobody: the stored hash is of a random value no one can type, so every
     * try is wrong, counted and expires exactly like a real code's.
     */
    public void issueDecoy() {
        issue();
        byte[] unguessable = new byte[SALT_BYTES];
        random.nextBytes(unguessable);
        session.setAuthNote(
                prefix + "hash",
                hash(session.getAuthNote(prefix + "salt"), Base64.getEncoder().encodeToString(unguessable)));
    }

    /** Checks a typed code; a right one is used up, a wrong one counted. */
    public Outcome check(String typed) {
        String salt = session.getAuthNote(prefix + "salt");
        String stored = session.getAuthNote(prefix + "hash");
        String expires = session.getAuthNote(prefix + "expires");
        if (salt == null || stored == null || expires == null || clock.millis() > Long.parseLong(expires)) {
            clear();
            return Outcome.EXPIRED;
        }
        int tries = tries();
        if (tries >= maxTries) {
            return Outcome.EXHAUSTED;
        }
        String candidate = typed == null ? "" : typed.strip();
        // the hash of whatever was typed, so a malformed input takes the same time as a wrong code
        boolean match = MessageDigest.isEqual(
                hash(salt, candidate).getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
        if (match) {
            clear();
            return Outcome.OK;
        }
        session.setAuthNote(prefix + "tries", Integer.toString(tries + 1));
        return tries + 1 >= maxTries ? Outcome.EXHAUSTED : Outcome.WRONG;
    }

    /** Wrong tries left for the current code. */
    public int triesLeft() {
        return Math.max(0, maxTries - tries());
    }

    /** Forgets the code. */
    public void clear() {
        for (String note : new String[] {"salt", "hash", "expires", "tries"}) {
            session.removeAuthNote(prefix + note);
        }
    }

    private int tries() {
        String value = session.getAuthNote(prefix + "tries");
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
