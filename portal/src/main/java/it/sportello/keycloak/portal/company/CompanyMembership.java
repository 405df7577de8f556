package it.sportello.keycloak.portal.company;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;

/**
 * Who a company administrator may act for: the other members of the Keycloak organizations (one per customer
 * company) the caller administers, and nobody else. The right is scoped to one organization: the caller administers
 * organization {@code <alias>} when it is a member of that organization and a direct member of the realm group
 * {@value #ADMIN_GROUP_PARENT}{@code /<alias>}. Being an administrator of one company gives nothing in another company
 * the caller merely belongs to, and membership of the parent group gives nothing (no inheritance). Groups rather than
 * a realm role: a user cannot change its own groups, and the admin console shows who administers which company.
 * Built per request from the caller; holds nothing beyond it.
 */
final class CompanyMembership {

    /** Parent of the per-organization administrator groups: {@code /company-admins/<organization alias>}. */
    static final String ADMIN_GROUP_PARENT = "/company-admins";

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
        if (organizations == null || !organizations.isEnabled()) {
            return new CompanyMembership(organizations, caller, List.of());
        }
        Set<String> groupIds = caller.getGroupsStream().map(GroupModel::getId).collect(Collectors.toSet());
        List<OrganizationModel> administered = organizations
                .getByMember(caller)
                .filter(OrganizationModel::isEnabled)
                .filter(company -> administers(session, realm, groupIds, company))
                .toList();
        return new CompanyMembership(organizations, caller, administered);
    }

    /** Direct membership of the company's administrator group only: a parent or sibling group does not count. */
    private static boolean administers(
            KeycloakSession session, RealmModel realm, Set<String> groupIds, OrganizationModel company) {
        GroupModel group =
                KeycloakModelUtils.findGroupByPath(session, realm, ADMIN_GROUP_PARENT + "/" + company.getAlias());
        return group != null && groupIds.contains(group.getId());
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

    /** The companies the caller administers, in the order Keycloak lists the caller's organizations. */
    List<OrganizationModel> companies() {
        return administered;
    }

    /** The caller's administered company with this alias, if any. */
    Optional<OrganizationModel> company(String alias) {
        return administered.stream()
                .filter(company -> company.getAlias().equals(alias))
                .findFirst();
    }

    /** Makes a new user a member of one of the caller's companies. */
    void addMember(OrganizationModel company, UserModel user) {
        if (!organizations.addMember(company, user)) {
            throw new IllegalStateException("organization member not added");
        }
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
