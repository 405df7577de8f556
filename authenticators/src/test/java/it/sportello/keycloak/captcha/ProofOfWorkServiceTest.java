package it.sportello.keycloak.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.InMemorySingleUseObjects;
import it.sportello.keycloak.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProofOfWorkServiceTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    /** Low, so the Java solver needs a few milliseconds; the difficulty itself is covered below. */
    private static final int DIFFICULTY = 8;
    /** The authentication session (or form) the tests' challenges are issued for. */
    private static final ProofOfWorkBinding BINDING = ProofOfWorkBinding.of("auth", "root-1/tab-1");

    private final TestClock clock = new TestClock(Instant.ofEpochSecond(1_800_000_000L));
    private final InMemorySingleUseObjects store = new InMemorySingleUseObjects(clock);

    private SignedProofOfWorkService service(String realmId, byte[] secret) {
        return new SignedProofOfWorkService(
                store,
                clock,
                new SecureRandom(),
                new ProofOfWorkConfig(DIFFICULTY, Duration.ofMinutes(15), null),
                () -> new SignedProofOfWorkService.SigningKey(realmId, secret));
    }

    private final SignedProofOfWorkService service = service("realm-1", SECRET);

    @Test
    void solvedChallengeIsAccepted() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);

        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());

        assertThat(service.verify(BINDING, challenge.getToken(), nonce)).isEqualTo(ProofOfWorkOutcome.OK);
    }

    @Test
    void issuedChallengeCarriesConfiguredDifficultyExpiryAndAFreshSalt() {
        ProofOfWorkChallenge first = service.issue(BINDING);
        ProofOfWorkChallenge second = service.issue(BINDING);

        assertThat(first.getDifficulty()).isEqualTo(DIFFICULTY);
        assertThat(first.getExpiresAt()).isEqualTo(1_800_000_000L + 900);
        assertThat(first.getSalt()).hasSize(22).isNotEqualTo(second.getSalt());
        assertThat(ProofOfWorkChallenge.parse(first.getToken())).isEqualTo(first);
        assertThat(first.toString()).doesNotContain(first.getSalt());
    }

    @Test
    void solutionIsAcceptedOnceEvenOnAnotherNode() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());
        SignedProofOfWorkService otherNode = service("realm-1", SECRET);

        assertThat(service.verify(BINDING, challenge.getToken(), nonce)).isEqualTo(ProofOfWorkOutcome.OK);
        assertThat(otherNode.verify(BINDING, challenge.getToken(), nonce)).isEqualTo(ProofOfWorkOutcome.REPLAYED);
        // Another nonce for the same challenge does not help either.
        String otherNonce = anotherSolution(challenge, nonce);
        assertThat(service.verify(BINDING, challenge.getToken(), otherNonce)).isEqualTo(ProofOfWorkOutcome.REPLAYED);
    }

    @Test
    void usedMarkerLivesForTheRestOfTheChallengesValidity() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        clock.advance(Duration.ofMinutes(5));

        service.verify(
                BINDING, challenge.getToken(), ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty()));

        assertThat(store.secondsLeft(SignedProofOfWorkService.USED_PREFIX + challenge.getSalt()))
                .isEqualTo(600);
    }

    @Test
    void expiredChallengeIsRefused() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());

        clock.advance(Duration.ofMinutes(15));

        assertThat(service.verify(BINDING, challenge.getToken(), nonce)).isEqualTo(ProofOfWorkOutcome.EXPIRED);
        assertThat(store.liveKeys()).isEmpty();
    }

    @Test
    void challengeJustBeforeExpiryIsAccepted() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));

        assertThat(service.verify(BINDING, challenge.getToken(), nonce)).isEqualTo(ProofOfWorkOutcome.OK);
    }

    @Test
    void insufficientWorkIsRefusedAndNotMarkedUsed() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);

        String wrong = ProofOfWorkSolver.unsolved(challenge.getSalt(), challenge.getDifficulty());

        assertThat(service.verify(BINDING, challenge.getToken(), wrong))
                .isEqualTo(ProofOfWorkOutcome.INSUFFICIENT_WORK);
        assertThat(store.liveKeys()).isEmpty();
        String right = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());
        assertThat(service.verify(BINDING, challenge.getToken(), right)).isEqualTo(ProofOfWorkOutcome.OK);
    }

    @Test
    void loweredDifficultyBreaksTheSignature() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String easier = tamper(challenge, 3, "1");

        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), 1);

        assertThat(service.verify(BINDING, easier, nonce)).isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
    }

    @Test
    void extendedExpiryBreaksTheSignature() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());
        String later = tamper(challenge, 2, Long.toString(challenge.getExpiresAt() + 86_400));

        clock.advance(Duration.ofHours(1));

        assertThat(service.verify(BINDING, later, nonce)).isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
    }

    @Test
    void chosenSaltBreaksTheSignature() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String salt = "AAAAAAAAAAAAAAAAAAAAAA";
        String chosen = tamper(challenge, 1, salt);

        assertThat(service.verify(BINDING, chosen, ProofOfWorkSolver.solve(salt, DIFFICULTY)))
                .isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
    }

    @Test
    void alteredSignatureIsRefused() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());
        String signature = challenge.getToken().substring(challenge.getToken().lastIndexOf('.') + 1);
        char flipped = signature.charAt(0) == 'A' ? 'B' : 'A';

        String forged = tamper(challenge, 4, flipped + signature.substring(1));

        assertThat(service.verify(BINDING, forged, nonce)).isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
    }

    @Test
    void challengeOfAnotherRealmOrKeyIsRefused() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());
        byte[] otherSecret = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);

        assertThat(service("realm-2", SECRET).verify(BINDING, challenge.getToken(), nonce))
                .isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
        assertThat(service("realm-1", otherSecret).verify(BINDING, challenge.getToken(), nonce))
                .isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
    }

    @Test
    void missingFieldsAreMissing() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);

        assertThat(service.verify(BINDING, null, "1")).isEqualTo(ProofOfWorkOutcome.MISSING);
        assertThat(service.verify(BINDING, challenge.getToken(), null)).isEqualTo(ProofOfWorkOutcome.MISSING);
        assertThat(service.verify(BINDING, " ", "")).isEqualTo(ProofOfWorkOutcome.MISSING);
    }

    @Test
    void malformedInputIsMalformed() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String token = challenge.getToken();

        assertThat(service.verify(BINDING, "not-a-token", "1")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, token + ".extra", "1")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, "2" + token.substring(1), "1")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, tamper(challenge, 3, "99"), "1")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, tamper(challenge, 3, "0"), "1")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, token + "x".repeat(200), "1")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, token, "-1")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, token, "1e5")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
        assertThat(service.verify(BINDING, token, "12345678901234567")).isEqualTo(ProofOfWorkOutcome.MALFORMED);
    }

    @Test
    void leadingZeroBitsAreCountedAcrossBytes() {
        assertThat(ProofOfWorkHash.leadingZeroBits(new byte[] {(byte) 0x80, 0})).isZero();
        assertThat(ProofOfWorkHash.leadingZeroBits(new byte[] {0x01, 0})).isEqualTo(7);
        assertThat(ProofOfWorkHash.leadingZeroBits(new byte[] {0, 0x10})).isEqualTo(11);
        assertThat(ProofOfWorkHash.leadingZeroBits(new byte[] {0, 0, 0x7f})).isEqualTo(17);
        assertThat(ProofOfWorkHash.leadingZeroBits(new byte[] {0, 0})).isEqualTo(16);
    }

    @Test
    void higherDifficultyNeedsMoreWork() {
        String salt = "sAlTsAlTsAlTsAlTsAlT00";
        String nonce = ProofOfWorkSolver.solve(salt, 12);

        assertThat(ProofOfWorkHash.leadingZeroBits(ProofOfWorkHash.digest(salt, nonce)))
                .isGreaterThanOrEqualTo(12);
        assertThat(ProofOfWorkHash.solves(salt, nonce, 12)).isTrue();
    }

    /** The token with one dot-separated part replaced. */
    private static String tamper(ProofOfWorkChallenge challenge, int part, String value) {
        String[] parts = challenge.getToken().split("\\.");
        parts[part] = value;
        return String.join(".", parts);
    }

    private static String anotherSolution(ProofOfWorkChallenge challenge, String first) {
        for (long nonce = Long.parseLong(first) + 1; ; nonce++) {
            if (ProofOfWorkHash.solves(challenge.getSalt(), Long.toString(nonce), challenge.getDifficulty())) {
                return Long.toString(nonce);
            }
        }
    }

    @Test
    void challengeSolvedForOneAuthenticationSessionIsRefusedInAnother() {
        ProofOfWorkChallenge challenge = service.issue(BINDING);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());

        assertThat(service.verify(ProofOfWorkBinding.of("auth", "root-2/tab-1"), challenge.getToken(), nonce))
                .isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
        assertThat(service.verify(ProofOfWorkBinding.of("auth", "root-1/tab-2"), challenge.getToken(), nonce))
                .isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
        // the refusals did not use it up: the session it was issued for can still redeem it, once
        assertThat(service.verify(BINDING, challenge.getToken(), nonce)).isEqualTo(ProofOfWorkOutcome.OK);
    }

    @Test
    void challengeOfTheSupportFormIsBoundToItsFormTokenAndNotToAnAuthenticationSessionOfTheSameId() {
        ProofOfWorkBinding form = ProofOfWorkBinding.of("form", "token-a");
        ProofOfWorkChallenge challenge = service.issue(form);
        String nonce = ProofOfWorkSolver.solve(challenge.getSalt(), challenge.getDifficulty());

        assertThat(service.verify(ProofOfWorkBinding.of("form", "token-b"), challenge.getToken(), nonce))
                .isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
        assertThat(service.verify(ProofOfWorkBinding.of("auth", "token-a"), challenge.getToken(), nonce))
                .isEqualTo(ProofOfWorkOutcome.BAD_SIGNATURE);
        assertThat(service.verify(form, challenge.getToken(), nonce)).isEqualTo(ProofOfWorkOutcome.OK);
    }

    @Test
    void bindingNeverShowsItsIdentifier() {
        assertThat(ProofOfWorkBinding.of("form", "secret-token").toString()).doesNotContain("secret-token");
    }
}
