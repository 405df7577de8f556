package it.sportello.keycloak.portal.company;

import java.time.Instant;
import org.keycloak.models.UserModel;

/**
 * Schema {@code CompanyMember}: a colleague a company administrator may send a password reset, with its last sign-in
 * (the newest stored {@code LOGIN} event; null when events are not stored or none is left).
 */
public record CompanyMemberJson(
        String id,
        String username,
        String firstName,
        String lastName,
        String email,
        boolean enabled,
        String company,
        Instant lastSignIn) {

    static CompanyMemberJson of(CompanyMembership.Colleague colleague, Instant lastSignIn) {
        UserModel user = colleague.user();
        return new CompanyMemberJson(
                user.getId(),
                user.getUsername(),
                user.getFirstName(),
                user.getLastName(),
                user.getEmail(),
                user.isEnabled(),
                colleague.company().getAlias(),
                lastSignIn);
    }

    /** Keeps names and addresses out of logs. */
    @Override
    public String toString() {
        return "CompanyMemberJson[id=" + id + "]";
    }
}
