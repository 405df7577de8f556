package it.sportello.keycloak.captcha;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the Java solver needs per difficulty; prints, asserts nothing. Run on demand with
 * {@code mvn -pl user-storage,authenticators -am test -Dtest=ProofOfWorkTimingTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsportello.pow.timing=true}.
 *
 * <p>Measured on the 2-core build machine (mean of 20 random salts; the number of hashes needed is geometric, so
 * single runs vary by a factor of several): 12 bits 2 ms, 14 bits 11 ms, 16 bits 9 ms, 18 bits 30 ms, 20 bits
 * 136 ms, 22 bits 624 ms per challenge, about 8 million hashes per second once the JIT is warm. The browser
 * figures are in ProofOfWorkConfig.
 */
@EnabledIfSystemProperty(named = "sportello.pow.timing", matches = "true")
class ProofOfWorkTimingTest {

    @Test
    void printSolverTimings() {
        SecureRandom random = new SecureRandom();
        // Warm up the JIT.
        for (int i = 0; i < 20; i++) {
            ProofOfWorkSolver.solve(salt(random), 12);
        }
        for (int difficulty = 12; difficulty <= 22; difficulty += 2) {
            int runs = 20;
            long hashes = 0;
            long started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                hashes += Long.parseLong(ProofOfWorkSolver.solve(salt(random), difficulty)) + 1;
            }
            double millis = (System.nanoTime() - started) / 1e6;
            System.out.printf(
                    "difficulty %d: %.1f ms per challenge, %.0f k hashes/s%n",
                    difficulty, millis / runs, hashes / millis);
        }
    }

    private static String salt(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
