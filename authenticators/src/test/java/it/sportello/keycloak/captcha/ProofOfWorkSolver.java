package it.sportello.keycloak.captcha;

/** What sportello-pow.js does, in Java: count up from zero until the hash has enough leading zero bits. */
final class ProofOfWorkSolver {

    private ProofOfWorkSolver() {}

    static String solve(String salt, int difficulty) {
        for (long nonce = 0; ; nonce++) {
            String candidate = Long.toString(nonce);
            if (ProofOfWorkHash.solves(salt, candidate, difficulty)) {
                return candidate;
            }
        }
    }

    /** A nonce that does not solve the challenge, to check that the work is really verified. */
    static String unsolved(String salt, int difficulty) {
        for (long nonce = 0; ; nonce++) {
            String candidate = Long.toString(nonce);
            if (!ProofOfWorkHash.solves(salt, candidate, difficulty)) {
                return candidate;
            }
        }
    }
}
