package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

class CrmCustomersTest {

    private final RealmModel realm = mock(RealmModel.class);

    @Test
    void customerCodeWhenLinkedToTheCrmFederationThenTheUsernameUpperCase() {
        UserModel user = user("c0001", component("crm-1", CrmCustomers.FEDERATION_PROVIDER_ID));

        assertThat(CrmCustomers.customerCode(realm, user))
                .contains(CustomerCode.parse("C0001").orElseThrow());
        assertThat(CrmCustomers.isCustomer(realm, user)).isTrue();
    }

    @Test
    void customerCodeWhenTheAttributeSaysOtherwiseThenTheUsernameStillDecides() {
        UserModel user = user("c0001", component("crm-1", CrmCustomers.FEDERATION_PROVIDER_ID));
        // the attribute is a copy a user profile could make editable: it never chooses whose data is read
        when(user.getFirstAttribute("customerCode")).thenReturn("C0002");

        assertThat(CrmCustomers.customerCode(realm, user))
                .map(CustomerCode::value)
                .contains("C0001");
    }

    @Test
    void customerCodeWhenLocalAccountOrAnotherFederationThenNone() {
        UserModel local = user("c0001", null);
        UserModel ldap = user("c0002", component("ldap-1", "ldap"));
        UserModel dangling = user("c0003", null);
        when(dangling.getFederationLink()).thenReturn("removed-component");

        assertThat(CrmCustomers.customerCode(realm, local)).isEmpty();
        assertThat(CrmCustomers.customerCode(realm, ldap)).isEmpty();
        assertThat(CrmCustomers.customerCode(realm, dangling)).isEmpty();
        assertThat(CrmCustomers.isCustomer(realm, ldap)).isFalse();
    }

    @Test
    void storedCodeKeepsItsCharactersWhileTheFormParserDropsSeparators() {
        assertThat(CustomerCode.stored(" b-0001 ")).map(CustomerCode::value).contains("B-0001");
        assertThat(CustomerCode.parse(" b-0001 ")).map(CustomerCode::value).contains("B0001");
        assertThat(CustomerCode.stored(" ")).isEmpty();
        assertThat(CustomerCode.stored(null)).isEmpty();
        assertThat(CustomerCode.stored("C0001").orElseThrow().toString()).doesNotContain("C0001");
    }

    private ComponentModel component(String id, String providerId) {
        ComponentModel component = new ComponentModel();
        component.setId(id);
        component.setProviderId(providerId);
        when(realm.getComponent(id)).thenReturn(component);
        return component;
    }

    private static UserModel user(String username, ComponentModel link) {
        UserModel user = mock(UserModel.class);
        when(user.getUsername()).thenReturn(username);
        when(user.getFederationLink()).thenReturn(link == null ? null : link.getId());
        return user;
    }
}
