package it.sportello.keycloak.captcha;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The puzzle both sides compute: SHA-256 over the UTF-8 bytes of salt followed by nonce (decimal digits), which must
 * start with at least the challenge's number of zero bits. sportello-pow.js computes exactly the same.
 */
final class ProofOfWorkHash {

    private ProofOfWorkHash() {}

    static byte[] digest(String salt, String nonce) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((salt + nonce).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    static boolean solves(String salt, String nonce, int difficulty) {
        return leadingZeroBits(digest(salt, nonce)) >= difficulty;
    }
}
