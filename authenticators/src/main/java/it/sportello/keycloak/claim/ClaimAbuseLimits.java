package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The verify step's defence against guessing: failed verifications are counted per client IP and per typed customer
 * code in Keycloak's cluster-wide store ({@link RateLimiter}); past a threshold the browser must solve the
 * proof-of-work check, past a limit the attempt is refused. Counters are keyed by what was typed, whether such a code
 * exists or not, so neither the check nor the refusal tells anything about the CRM.
 */
final class ClaimAbuseLimits {

    /** Set once the check was asked in this authentication session, so the page keeps asking it. */
    static final String CAPTCHA_NOTE = "sportello.claim.captcha";

    private final RateLimiter limiter;
    private final ClaimVerifyConfig config;
    private final String clientIp;
    private final RateLimitPolicy ipPolicy;
    private final RateLimitPolicy codePolicy;

    ClaimAbuseLimits(RateLimiter limiter, ClaimVerifyConfig config, String clientIp) {
        this.limiter = limiter;
        this.config = config;
        this.clientIp = clientIp == null ? "" : clientIp;
        // counters saturate at the policy's limit: count at least up to the check's threshold
        int captcha = config.captchaAfterFailures();
        this.ipPolicy = policy("claim-ip", Math.max(config.ipFailureLimit(), captcha));
        this.codePolicy = policy("claim-code", Math.max(config.codeFailureLimit(), captcha));
    }

    /** Whether the next attempt must carry a solved proof of work; {@code code} is null when not yet typed. */
    boolean captchaRequired(AuthenticationSessionModel session, CustomerCode code) {
        int threshold = config.captchaAfterFailures();
        if (threshold == 0) {
            return false;
        }
        return session.getAuthNote(CAPTCHA_NOTE) != null
                || failures(ipPolicy, clientIp) >= threshold
                || (code != null && failures(codePolicy, code.value()) >= threshold);
    }

    static void askCaptcha(AuthenticationSessionModel session) {
        session.setAuthNote(CAPTCHA_NOTE, Boolean.TRUE.toString());
    }

    /** Whether this IP or this code used up its failed verifications for the window. */
    boolean exhausted(CustomerCode code) {
        return (config.ipFailureLimit() > 0 && failures(ipPolicy, clientIp) >= config.ipFailureLimit())
                || (config.codeFailureLimit() > 0 && failures(codePolicy, code.value()) >= config.codeFailureLimit());
    }

    /** Counts a failed verification for the IP and for the typed code. */
    void recordFailure(AuthenticationSessionModel session, CustomerCode code) {
        if (ipPolicy != null) {
            limiter.recordFailure(ipPolicy, clientIp);
        }
        if (codePolicy != null) {
            limiter.recordFailure(codePolicy, code.value());
        }
        if (captchaRequired(session, code)) {
            askCaptcha(session);
        }
    }

    /** The wait to tell a refused visitor: the counting window, an upper bound. */
    long windowMinutes() {
        return config.failureWindow().toMinutes();
    }

    private int failures(RateLimitPolicy policy, String key) {
        return policy == null ? 0 : limiter.failures(policy, key);
    }

    private RateLimitPolicy policy(String scope, int limit) {
        return limit == 0 ? null : new RateLimitPolicy(scope, limit, config.failureWindow(), RateLimitMode.SLIDING);
    }
}
