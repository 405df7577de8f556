package it.sportello.keycloak.recovery;

import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The choose-user page's proof-of-work threshold, the same mechanism as the claim's ({@code ClaimAbuseLimits}), with
 * one difference: the page gives every visitor the same answer, so there is no "failure" to count without telling
 * which accounts exist. Every request is counted instead, per client IP ({@code /64} for IPv6) and per typed customer
 * code or email, in Keycloak's cluster-wide store; past the threshold the next request must carry a solved proof of
 * work. Counters are keyed by what was typed, whether such an account exists or not. In the "always" mode
 * ({@code captchaAlways}) every request must carry one, the first included.
 */
final class ResetAbuseLimits {

    /** Set once the check was asked in this authentication session, so the page keeps asking it. */
    static final String CAPTCHA_NOTE = "sportello.reset.captcha";

    private final RateLimiter limiter;
    private final int threshold;
    private final boolean always;
    private final String clientKey;
    private final RateLimitPolicy ipPolicy;
    private final RateLimitPolicy namePolicy;

    ResetAbuseLimits(RateLimiter limiter, ResetChooseUserConfig config, String clientKey) {
        this.limiter = limiter;
        this.threshold = config.captchaAfterRequests();
        this.always = config.captchaAlways();
        this.clientKey = clientKey == null ? "" : clientKey;
        // counters saturate at the policy's limit: counting up to the threshold is enough
        this.ipPolicy = policy("reset-captcha-ip", config);
        this.namePolicy = policy("reset-captcha-name", config);
    }

    /** Whether this request must carry a solved proof of work; {@code identifier} is null when none was typed. */
    boolean captchaRequired(AuthenticationSessionModel session, RecoveryIdentifier identifier) {
        if (always) {
            // the "always" mode: no free first request, for a page that is never worth a script's while
            return true;
        }
        if (threshold == 0) {
            return false;
        }
        return session.getAuthNote(CAPTCHA_NOTE) != null
                || limiter.failures(ipPolicy, clientKey) >= threshold
                || (identifier != null && limiter.failures(namePolicy, identifier.counterKey()) >= threshold);
    }

    static void askCaptcha(AuthenticationSessionModel session) {
        session.setAuthNote(CAPTCHA_NOTE, Boolean.TRUE.toString());
    }

    /** Counts a request for the IP and, when one was typed, for the name; may switch the check on for the session. */
    void recordRequest(AuthenticationSessionModel session, RecoveryIdentifier identifier) {
        if (threshold == 0) {
            return;
        }
        limiter.recordFailure(ipPolicy, clientKey);
        if (identifier != null) {
            limiter.recordFailure(namePolicy, identifier.counterKey());
        }
        if (captchaRequired(session, identifier)) {
            askCaptcha(session);
        }
    }

    private static RateLimitPolicy policy(String scope, ResetChooseUserConfig config) {
        int threshold = config.captchaAfterRequests();
        return threshold == 0 ? null : new RateLimitPolicy(scope, threshold, config.ipWindow(), RateLimitMode.SLIDING);
    }
}
