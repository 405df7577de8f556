package it.sportello.keycloak.portal.company;

import org.keycloak.models.UserModel;

/** Schema {@code CompanyMember}: a colleague a company administrator may send a password reset. */
public record CompanyMemberJson(
        String id, String username, String firstName, String lastName, String email, boolean enabled, String company) {

    static CompanyMemberJson of(CompanyMembership.Colleague colleague) {
        UserModel user = colleague.user();
        return new CompanyMemberJson(
                user.getId(),
                user.getUsername(),
                user.getFirstName(),
                user.getLastName(),
                user.getEmail(),
                user.isEnabled(),
                colleague.company().getAlias());
    }

    /** Keeps names and addresses out of logs. */
    @Override
    public String toString() {
        return "CompanyMemberJson[id=" + id + "]";
    }
}
