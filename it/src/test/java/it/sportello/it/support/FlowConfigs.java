package it.sportello.it.support;

import java.util.HashMap;
import java.util.Map;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** Changes an authenticator's settings in a flow through the admin API, as an administrator would in the console. */
public final class FlowConfigs {

    private FlowConfigs() {}

    /** Merges the values into the configuration of the flow's execution of that provider. */
    public static void update(ManagedRealm realm, String flow, String providerId, Map<String, String> values) {
        AuthenticationExecutionInfoRepresentation execution = realm.admin().flows().getExecutions(flow).stream()
                .filter(e -> providerId.equals(e.getProviderId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + providerId + " in flow " + flow));
        AuthenticatorConfigRepresentation config =
                realm.admin().flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
        Map<String, String> merged = new HashMap<>(config.getConfig());
        merged.putAll(values);
        config.setConfig(merged);
        realm.admin().flows().updateAuthenticatorConfig(config.getId(), config);
    }

    /** The claiming verify step's settings. */
    public static void claimVerify(ManagedRealm realm, Map<String, String> values) {
        update(realm, "sportello registration", "sportello-claim-verify", values);
    }

    /** The claiming completion step's settings. */
    public static void claimComplete(ManagedRealm realm, Map<String, String> values) {
        update(realm, "sportello registration", "sportello-claim-complete", values);
    }

    /** The recovery flow's choose-user step's settings. */
    public static void resetChooseUser(ManagedRealm realm, Map<String, String> values) {
        update(realm, "sportello reset credentials", "sportello-reset-choose-user", values);
    }
}
