package it.sportello.keycloak.portal.company;

import it.sportello.keycloak.email.ExecuteActionsEmail;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.JsonBodies;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * {@code /company}: the company administrator's page, like a mail domain's postmaster. A company administrator lists
 * the other members of its company with their last sign-in, sends one of them Keycloak's own "update your password"
 * email ({@link ExecuteActionsEmail}: an execute-actions action token with {@code UPDATE_PASSWORD}) and invites a
 * colleague: a new member of the company who gets Keycloak's execute-actions email to choose a password and so
 * confirm the address. The administrator never sees or sets a password, and the links go to the member's own address.
 * A caller who administers no company gets 403 for everything; an administrator asking for a user id outside its
 * companies gets 404, the same whether the user belongs to another company, to no company, or does not exist.
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

    /** Event error: the caller sent {@link InvitedUsers#PER_WINDOW} invitations in the last window. */
    static final String ERROR_INVITATIONS_LIMIT = "sportello_company_invitations_limit";

    private static final Logger LOG = Logger.getLogger(CompanyResource.class);

    private final PortalRequest request;

    public CompanyResource(PortalRequest request) {
        this.request = request;
    }

    /** The companies the caller administers: empty for everybody else (the console shows its page only if any). */
    @GET
    public Response companies() {
        return request.respond(
                () -> PortalResponses.json(200, CompanyJson.of(membership().companies())));
    }

    @GET
    @Path("members")
    public Response members() {
        return request.respond(() -> {
            CompanyMembership membership = administrator();
            LastSignIns lastSignIns = LastSignIns.of(request.session(), request.realm());
            List<CompanyMemberJson> body = membership
                    .colleagues()
                    .map(colleague -> CompanyMemberJson.of(colleague, lastSignIns.of(colleague.user())))
                    .toList();
            return PortalResponses.json(200, body);
        });
    }

    /**
     * Invites a colleague: a new local user, member of the caller's company, with Keycloak's execute-actions email
     * ({@code UPDATE_PASSWORD}, {@code VERIFY_EMAIL}). The user, its membership and the email go together: when the
     * email cannot be sent the transaction is rolled back and nobody is left half-invited.
     */
    @POST
    @Path("members")
    @Consumes(MediaType.WILDCARD)
    public Response invite(String body) {
        return request.respond(() -> {
            CompanyMembership membership = administrator();
            CompanyInvitation invitation = CompanyInvitation.parse(JsonBodies.object(body));
            OrganizationModel company = company(membership, invitation.company());
            KeycloakSession session = request.session();
            RealmModel realm = request.realm();
            UserModel caller = request.user();
            EventBuilder event = inviteEvent(company, caller);
            if (!InvitedUsers.takeSlot(session, realm, caller)) {
                event.error(ERROR_INVITATIONS_LIMIT);
                throw Problem.tooManyRequests("invitations-limit", PortalMessages.PROBLEM_INVITATIONS_LIMIT)
                        .exception();
            }
            if (InvitedUsers.isTaken(session, realm, invitation.email())) {
                event.error(Errors.EMAIL_IN_USE);
                throw Problem.conflict("email-in-use", PortalMessages.PROBLEM_EMAIL_IN_USE)
                        .exception();
            }
            UserModel invited = InvitedUsers.create(session, invitation);
            membership.addMember(company, invited);
            try {
                ExecuteActionsEmail.setPasswordAndVerifyEmail(session, realm, invited)
                        .inRecipientLanguage()
                        .send();
            } catch (EmailException e) {
                LOG.warnf("Company invitation email not sent (%s)", e.getClass().getName());
                LOG.debug("Company invitation email failure", e);
                // the problem rolls the transaction back: no user, no membership
                throw Problem.unavailable().exception();
            }
            event.user(invited).detail(Details.EMAIL, invited.getEmail()).success();
            return PortalResponses.json(
                    201, CompanyMemberJson.of(new CompanyMembership.Colleague(company, invited), null));
        });
    }

    @POST
    @Path("members/{userId}/password-reset")
    public Response passwordReset(@PathParam("userId") String userId) {
        return request.respond(() -> {
            KeycloakSession session = request.session();
            RealmModel realm = request.realm();
            UserModel caller = request.user();
            CompanyMembership membership = membership();
            CompanyMembership.Colleague colleague = membership.colleague(userId).orElse(null);
            if (colleague == null) {
                // logged with the caller as the user: the target may be another company's, and is not revealed
                event().user(caller).detail(DETAIL_TARGET, userId).error(Errors.NOT_ALLOWED);
                throw (membership.isAdministrator() ? Problem.notFound() : Problem.notAllowed()).exception();
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

    /** The caller's companies; 403 for a caller who administers none. */
    private CompanyMembership administrator() {
        CompanyMembership membership = membership();
        if (!membership.isAdministrator()) {
            throw Problem.notAllowed().exception();
        }
        return membership;
    }

    /** The company the colleague is invited to: the one named, else the caller's only one. */
    private static OrganizationModel company(CompanyMembership membership, String alias) {
        if (alias == null || alias.isEmpty()) {
            List<OrganizationModel> companies = membership.companies();
            if (companies.size() == 1) {
                return companies.get(0);
            }
            throw Problem.validation(List.of(FieldError.of(CompanyInvitation.COMPANY, PortalMessages.ERROR_REQUIRED)))
                    .exception();
        }
        return membership.company(alias).orElseThrow(() -> Problem.validation(
                        List.of(FieldError.of(CompanyInvitation.COMPANY, PortalMessages.ERROR_COMPANY)))
                .exception());
    }

    /** The event of an invitation: naming who invited and to which company; on the new user once it exists. */
    private EventBuilder inviteEvent(OrganizationModel company, UserModel caller) {
        KeycloakSession session = request.session();
        EventBuilder event = new EventBuilder(
                        request.realm(), session, session.getContext().getConnection())
                .event(EventType.INVITE_ORG)
                .user(caller)
                .detail(DETAIL_REQUESTED_BY, caller.getId())
                .detail(DETAIL_COMPANY, company.getAlias());
        if (session.getContext().getClient() != null) {
            event.client(session.getContext().getClient());
        }
        return event;
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
