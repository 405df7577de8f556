package it.sportello.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Solves the login pages' proof-of-work puzzle the way sportello-pow.js does: SHA-256(salt + nonce), leading zeros. */
final class ProofOfWork {

    private ProofOfWork() {}

    static String solve(String salt, int difficulty) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (long nonce = 0; ; nonce++) {
            byte[] digest = sha256.digest((salt + nonce).getBytes(StandardCharsets.UTF_8));
            if (leadingZeroBits(digest) >= difficulty) {
                return Long.toString(nonce);
            }
        }
    }

    private static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b != 0) {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            bits += 8;
        }
        return bits;
    }
}
