package it.sportello.keycloak.portal.company;

import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/** The users a company administrator invites: the limit per administrator, the address check, the creation. */
final class InvitedUsers {

    /**
     * At most this many invitations per administrator in {@link #WINDOW_SECONDS}, whichever node answers, counting
     * those refused because the address is taken: a company is invited a few people at a time, and nobody can probe
     * the realm's addresses or fill mailboxes through this.
     */
    static final int PER_WINDOW = 10;

    static final int WINDOW_SECONDS = 3600;

    private InvitedUsers() {}

    /**
     * One of the administrator's {@link #PER_WINDOW} slots in Keycloak's cluster-wide single-use store;
     * false when all are taken.
     */
    static boolean takeSlot(KeycloakSession session, RealmModel realm, UserModel caller) {
        SingleUseObjectProvider singleUse = session.singleUseObjects();
        String prefix = "sportello-company-invite:" + realm.getId() + ":" + caller.getId() + ":";
        for (int slot = 0; slot < PER_WINDOW; slot++) {
            if (singleUse.putIfAbsent(prefix + slot, WINDOW_SECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the address is somebody's email, or username (the new user's username is its address). */
    static boolean isTaken(KeycloakSession session, RealmModel realm, String email) {
        return session.users().getUserByEmail(realm, email) != null
                || session.users().getUserByUsername(realm, email) != null;
    }

    /** The new user, through the realm's user profile (its validators and attributes), enabled, email not verified. */
    static UserModel create(KeycloakSession session, CompanyInvitation invitation) {
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put(UserModel.USERNAME, List.of(invitation.email()));
        attributes.put(UserModel.EMAIL, List.of(invitation.email()));
        attributes.put(UserModel.FIRST_NAME, List.of(invitation.firstName()));
        attributes.put(UserModel.LAST_NAME, List.of(invitation.lastName()));
        UserProfile profile =
                session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, attributes);
        UserModel user;
        try {
            user = profile.create();
        } catch (ValidationException e) {
            throw Problem.validation(fieldErrors(e)).exception();
        }
        user.setEnabled(true);
        user.setEmailVerified(false);
        return user;
    }

    private static List<FieldError> fieldErrors(ValidationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ValidationException.Error error : e.getErrors()) {
            Object[] parameters = error.getMessageParameters();
            errors.add(new FieldError(
                    error.getAttribute() == null ? "body" : error.getAttribute(),
                    error.getMessage(),
                    parameters == null ? List.of() : List.of(parameters)));
        }
        return errors.isEmpty() ? List.of(FieldError.of("body", PortalMessages.ERROR_BODY)) : errors;
    }
}
