package it.sportello.keycloak.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.models.RealmModel;

class ExecuteActionsEmailTest {

    @Test
    void lifespanIsTheRealmsUserInitiatedOneForExecuteActionsNotTheAdministratorsNorTheGeneralOne() {
        RealmModel realm = mock(RealmModel.class);
        when(realm.getActionTokenGeneratedByAdminLifespan()).thenReturn(43_200);
        when(realm.getActionTokenGeneratedByUserLifespan()).thenReturn(300);
        when(realm.getActionTokenGeneratedByUserLifespan(ExecuteActionsActionToken.TOKEN_TYPE))
                .thenReturn(900);

        assertThat(ExecuteActionsEmail.lifespanSeconds(realm)).isEqualTo(900);
    }
}
