package it.sportello.keycloak.portal.company;

import it.sportello.keycloak.email.ExecuteActionsEmail;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * {@code /company}: delegated password reset for company administrators, like a mail domain's postmaster. A company
 * administrator lists the other members of its company and sends one of them Keycloak's own "update your password"
 * email ({@link ExecuteActionsEmail}: an execute-actions action token with {@code UPDATE_PASSWORD}). The
 * administrator never sees or sets a password, and the link goes to the member's own address. Every refusal is the
 * same 403 problem, whether the user belongs to another company, to no company, or does not exist.
 */
public final class CompanyResource {

    /** Event detail: the id of the company administrator who asked for the reset. */
    static final String DETAIL_REQUESTED_BY = "sportello_requested_by";
    /** Event detail: the organization (company) the reset was allowed for. */
    static final String DETAIL_COMPANY = "sportello_company";
    /** Event detail on a refusal: the user id the caller asked for. */
    static final String DETAIL_TARGET = "sportello_target_user";

    /** Event error: a reset email for this colleague went out less than {@link #RESET_INTERVAL_SECONDS} ago. */
    static final String ERROR_RESET_TOO_SOON = "sportello_company_reset_too_soon";

    /**
     * One delegated reset email per colleague in this many seconds, whichever administrator asks and whichever node
     * answers: enough for a mail to arrive, and no way to fill a colleague's mailbox.
     */
    static final int RESET_INTERVAL_SECONDS = 300;

    private static final Logger LOG = Logger.getLogger(CompanyResource.class);

    private final PortalRequest request;

    public CompanyResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    @Path("members")
    public Response members() {
        return request.respond(() -> {
            CompanyMembership membership = membership();
            if (!membership.isAdministrator()) {
                throw Problem.notAllowed().exception();
            }
            List<CompanyMemberJson> body =
                    membership.colleagues().map(CompanyMemberJson::of).toList();
            return PortalResponses.json(200, body);
        });
    }

    @POST
    @Path("members/{userId}/password-reset")
    public Response passwordReset(@PathParam("userId") String userId) {
        return request.respond(() -> {
            KeycloakSession session = request.session();
            RealmModel realm = request.realm();
            UserModel caller = request.user();
            CompanyMembership.Colleague colleague =
                    membership().colleague(userId).orElse(null);
            if (colleague == null) {
                // logged with the caller as the user: the target may be another company's, and is not revealed
                event().user(caller).detail(DETAIL_TARGET, userId).error(Errors.NOT_ALLOWED);
                throw Problem.notAllowed().exception();
            }
            UserModel target = colleague.user();
            if (!target.isEnabled()
                    || target.getEmail() == null
                    || target.getEmail().isBlank()) {
                colleagueEvent(colleague, caller)
                        .error(target.isEnabled() ? Errors.INVALID_EMAIL : Errors.USER_DISABLED);
                throw Problem.conflict("reset-not-possible", PortalMessages.PROBLEM_RESET_NOT_POSSIBLE)
                        .exception();
            }
            // Keycloak's cluster-wide single-use store: the first request within the interval takes the key
            String interval = "sportello-company-reset:" + realm.getId() + ":" + target.getId();
            SingleUseObjectProvider singleUse = session.singleUseObjects();
            if (!singleUse.putIfAbsent(interval, RESET_INTERVAL_SECONDS)) {
                colleagueEvent(colleague, caller).error(ERROR_RESET_TOO_SOON);
                throw Problem.tooManyRequests("reset-recently-sent", PortalMessages.PROBLEM_RESET_RECENTLY_SENT)
                        .exception();
            }
            try {
                sendResetEmail(session, realm, target);
            } catch (RuntimeException notSent) {
                // no mail went out: the next request may try again at once
                singleUse.remove(interval);
                throw notSent;
            }
            colleagueEvent(colleague, caller)
                    .detail(Details.EMAIL, target.getEmail())
                    .success();
            return Response.noContent();
        });
    }

    /** Keycloak's "update your password" email, in the colleague's language, not the administrator's browser's. */
    private static void sendResetEmail(KeycloakSession session, RealmModel realm, UserModel target) {
        try {
            ExecuteActionsEmail.updatePassword(session, realm, target)
                    .inRecipientLanguage()
                    .send();
        } catch (EmailException e) {
            LOG.warnf(
                    "Delegated password reset email not sent (%s)", e.getClass().getName());
            LOG.debug("Delegated password reset email failure", e);
            throw Problem.unavailable().exception();
        }
    }

    private CompanyMembership membership() {
        return CompanyMembership.of(request.session(), request.realm(), request.user());
    }

    /** The event of a reset asked for this colleague: on the colleague, naming who asked and for which company. */
    private EventBuilder colleagueEvent(CompanyMembership.Colleague colleague, UserModel caller) {
        return event().user(colleague.user())
                .detail(DETAIL_REQUESTED_BY, caller.getId())
                .detail(DETAIL_COMPANY, colleague.company().getAlias());
    }

    private EventBuilder event() {
        KeycloakSession session = request.session();
        EventBuilder event = new EventBuilder(
                        request.realm(), session, session.getContext().getConnection())
                .event(EventType.SEND_RESET_PASSWORD);
        if (session.getContext().getClient() != null) {
            event.client(session.getContext().getClient());
        }
        return event;
    }
}
