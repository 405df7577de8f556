package it.sportello.it.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes as an authenticator app computes them with the realm's default OTP policy (HmacSHA1, 6 digits, 30
 * seconds), for a secret stored as Keycloak stores it (the raw secret's UTF-8 bytes are the key).
 */
public final class Totp {

    private static final int PERIOD_SECONDS = 30;

    private Totp() {}

    /** The code for now. */
    public static String now(String secret) throws Exception {
        return code(secret, Instant.now());
    }

    /** The code for this instant. */
    public static String code(String secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8)
                .putLong(at.getEpochSecond() / PERIOD_SECONDS)
                .array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    /** A six-digit code that none of the periods around now accepts (the server looks one period each way). */
    public static String wrongCode(String secret) throws Exception {
        Instant now = Instant.now();
        for (String candidate : new String[] {"000000", "111111", "222222"}) {
            boolean accepted = false;
            for (int period = -2; period <= 2; period++) {
                accepted |= candidate.equals(code(secret, now.plusSeconds(period * (long) PERIOD_SECONDS)));
            }
            if (!accepted) {
                return candidate;
            }
        }
        throw new IllegalStateException("no wrong code found");
    }
}
