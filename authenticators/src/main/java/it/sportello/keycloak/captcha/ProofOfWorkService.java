package it.sportello.keycloak.captcha;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.provider.Provider;

/**
 * Self-hosted captcha: the server hands out a signed puzzle, the browser spends a second or two of CPU on it
 * (sportello-pow.js), and the server checks the answer. No third party sees the user. Obtained with
 * {@code session.getProvider(ProofOfWorkService.class)} inside a realm's request.
 *
 * <p>A form that asks for the check: on render, {@code form.setAttribute(TEMPLATE_ATTRIBUTE, service.issue(binding))} and
 * {@code <@pow.fields challenge=sportelloPow/>} from sportello-pow.ftl; on post, {@code verify(binding, ...)} before any other
 * work, and on anything but {@link ProofOfWorkOutcome#OK} re-render with {@link CaptchaMessages#POW_REQUIRED} and a new
 * challenge. Verification consumes the challenge, so every re-render (also for other field errors) needs a new one.
 * The binding ({@link ProofOfWorkBinding}) names the authentication session or form the page belongs to: a challenge
 * is accepted only where it was issued.
 */
public interface ProofOfWorkService extends Provider {

    /** Form field with the challenge token. */
    String CHALLENGE_FIELD = "sportello-pow-challenge";
    /** Form field with the nonce found by the browser. */
    String NONCE_FIELD = "sportello-pow-nonce";
    /** Template attribute the forms put the issued challenge under. */
    String TEMPLATE_ATTRIBUTE = "sportelloPow";

    /** A new challenge for the current realm and this session or form, valid for the configured time. */
    ProofOfWorkChallenge issue(ProofOfWorkBinding binding);

    /**
     * Checks a posted answer: signature (which covers the binding, so a challenge issued for another session or form
     * is {@link ProofOfWorkOutcome#BAD_SIGNATURE}), expiry, work, and that it was not used before anywhere in the
     * cluster. A successful check marks the challenge used.
     */
    ProofOfWorkOutcome verify(ProofOfWorkBinding binding, String challengeToken, String nonce);

    /** {@link #verify(ProofOfWorkBinding, String, String)} with the answer a form posted in its two hidden fields. */
    default ProofOfWorkOutcome verify(ProofOfWorkBinding binding, MultivaluedMap<String, String> form) {
        return verify(binding, form.getFirst(CHALLENGE_FIELD), form.getFirst(NONCE_FIELD));
    }
}
