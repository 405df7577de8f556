package it.sportello.keycloak.recovery;

import it.sportello.keycloak.contactcode.CodeChallenge;
import it.sportello.keycloak.mobile.MobileAttributes;
import it.sportello.keycloak.mobile.MobileNumber;
import it.sportello.keycloak.ratelimit.RateLimitMode;
import it.sportello.keycloak.ratelimit.RateLimitPolicy;
import it.sportello.keycloak.ratelimit.RateLimiter;
import it.sportello.keycloak.sms.SmsDeliveryException;
import it.sportello.keycloak.sms.SmsSender;
import it.sportello.keycloak.sms.SmsTexts;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Sends a reset code to the chosen account's verified mobile, or issues a decoy when there is no account, no verified
 * mobile, or the account had its codes for the hour (counted cluster-wide by the rate limiter, whoever asked). Every
 * path writes one event stored with the request's own transaction, like the choose-user step's.
 */
final class ResetSmsDispatch {

    /** Counter of codes per account: realm and user ids, hashed by the rate limiter. */
    static final String SCOPE = "reset-sms-account";

    private static final Logger LOG = Logger.getLogger(ResetSmsDispatch.class);

    private final AuthenticationFlowContext context;
    private final ResetSmsCodeConfig config;
    private final EventBuilder event;

    ResetSmsDispatch(AuthenticationFlowContext context, ResetSmsCodeConfig config, EventBuilder event) {
        this.context = context;
        this.config = config;
        this.event = event;
    }

    /** @return false only when the gateway did not take a real code's SMS */
    boolean dispatch(CodeChallenge challenge) {
        UserModel user = context.getUser();
        Optional<MobileNumber> mobile = MobileAttributes.verifiedMobile(user);
        EventBuilder carryOn = ResetUserChoice.carryOn(event).event(EventType.SEND_RESET_PASSWORD);
        if (user != null) {
            carryOn.user(user);
        }
        if (mobile.isEmpty() || !withinHourlyLimit(user)) {
            challenge.issueDecoy();
            carryOn.detail(RecoveryEvents.SMS_REASON, mobile.isEmpty() ? "no_mobile" : "limit")
                    .error(RecoveryEvents.ERROR_SMS_NOT_SENT);
            return true;
        }
        String code = challenge.issue();
        try {
            context.getSession().getProvider(SmsSender.class).send(mobile.get(), text(user, code));
        } catch (SmsDeliveryException e) {
            challenge.clear();
            // stored at once: the failure is worth keeping even when the request rolls back
            event.clone()
                    .event(EventType.SEND_RESET_PASSWORD)
                    .user(user)
                    .detail(RecoveryEvents.SMS_REASON, e.reason().code())
                    .error(RecoveryEvents.ERROR_SMS_GATEWAY);
            LOG.warnf("Reset code SMS not sent: %s", e.getMessage());
            return false;
        }
        carryOn.success();
        return true;
    }

    private boolean withinHourlyLimit(UserModel user) {
        RateLimitPolicy policy =
                new RateLimitPolicy(SCOPE, config.codesPerHour(), Duration.ofHours(1), RateLimitMode.SLIDING);
        return context.getSession()
                .getProvider(RateLimiter.class)
                .tryAcquire(policy, context.getRealm().getId() + "." + user.getId())
                .allowed();
    }

    private String text(UserModel user, String code) {
        return SmsTexts.format(
                context.getSession(),
                context.getRealm(),
                user,
                RecoveryMessages.SMS_TEXT,
                code,
                config.lifetime().toMinutes());
    }
}
