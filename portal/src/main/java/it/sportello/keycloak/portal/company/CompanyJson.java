package it.sportello.keycloak.portal.company;

import java.util.List;
import org.keycloak.models.OrganizationModel;

/** Schema {@code Company}: one company (Keycloak organization) the caller administers. */
public record CompanyJson(String alias, String name) {

    static List<CompanyJson> of(List<OrganizationModel> companies) {
        return companies.stream()
                .map(company -> new CompanyJson(company.getAlias(), company.getName()))
                .toList();
    }
}
