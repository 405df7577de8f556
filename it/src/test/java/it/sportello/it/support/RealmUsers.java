package it.sportello.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** The test realm's users as an administrator sees and changes them (CRM customers are imported by the lookup). */
public final class RealmUsers {

    private RealmUsers() {}

    /** The one user with exactly this username, with its attributes. */
    public static UserRepresentation find(ManagedRealm realm, String username) {
        List<UserRepresentation> found = realm.admin().users().search(username, true);
        assertThat(found).as("user %s", username).hasSize(1);
        return realm.admin().users().get(found.get(0).getId()).toRepresentation();
    }

    /** Creates an enabled local account (not in the CRM) with a verified email and a permanent password. */
    public static void createStaff(ManagedRealm realm, String username, String password) {
        UserRepresentation staff = new UserRepresentation();
        staff.setUsername(username);
        staff.setEmail(username + "@sportello.example");
        staff.setFirstName("Staff");
        staff.setLastName("Operator");
        staff.setEmailVerified(true);
        staff.setEnabled(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        staff.setCredentials(List.of(credential));
        realm.admin().users().create(staff).close();
    }

    /** Sets a permanent password, as an administrator would. */
    public static void setPassword(ManagedRealm realm, UserRepresentation user, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        realm.admin().users().get(user.getId()).resetPassword(credential);
    }
}
