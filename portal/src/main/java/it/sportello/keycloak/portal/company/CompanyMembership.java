package it.sportello.keycloak.portal.company;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Who a company administrator may act for: the other members of the Keycloak organizations (one per customer
 * company) the administrator is a member of, and nobody else. A company administrator is a member of the company
 * who holds the realm role {@value #ADMIN_ROLE}; without the role, or without an enabled company, the caller may act
 * for no one. Built per request from the caller; holds nothing beyond it.
 */
final class CompanyMembership {

    /** The realm role that makes a company member the administrator of its companies. */
    static final String ADMIN_ROLE = "company-admin";

    /** Most members listed for one company: a customer company, not a directory. */
    static final int MAX_LISTED_MEMBERS = 500;

    private final OrganizationProvider organizations;
    private final UserModel caller;
    private final List<OrganizationModel> administered;

    private CompanyMembership(
            OrganizationProvider organizations, UserModel caller, List<OrganizationModel> administered) {
        this.organizations = organizations;
        this.caller = caller;
        this.administered = administered;
    }

    static CompanyMembership of(KeycloakSession session, RealmModel realm, UserModel caller) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        RoleModel role = realm.getRole(ADMIN_ROLE);
        if (organizations == null || !organizations.isEnabled() || role == null || !caller.hasRole(role)) {
            return new CompanyMembership(organizations, caller, List.of());
        }
        List<OrganizationModel> administered = organizations
                .getByMember(caller)
                .filter(OrganizationModel::isEnabled)
                .toList();
        return new CompanyMembership(organizations, caller, administered);
    }

    /** True when the caller administers at least one enabled company. */
    boolean isAdministrator() {
        return !administered.isEmpty();
    }

    /**
     * The member with this id of one of the caller's companies, never the caller itself (a company administrator
     * resets its own password like anyone else). Empty for a user of another company, of no company, or unknown.
     */
    Optional<Colleague> colleague(String userId) {
        if (userId == null || userId.equals(caller.getId())) {
            return Optional.empty();
        }
        for (OrganizationModel company : administered) {
            // looked up among the company's members only, so another company's user is never even loaded
            UserModel member = organizations.getMemberById(company, userId);
            if (member != null) {
                return Optional.of(new Colleague(company, member));
            }
        }
        return Optional.empty();
    }

    /** The other members of the caller's companies, company by company. */
    Stream<Colleague> colleagues() {
        return administered.stream().flatMap(company -> organizations
                .getMembersStream(company, (String) null, null, 0, MAX_LISTED_MEMBERS)
                .filter(member -> !member.getId().equals(caller.getId()))
                .map(member -> new Colleague(company, member)));
    }

    /** A member of one of the caller's companies. */
    record Colleague(OrganizationModel company, UserModel user) {}
}
