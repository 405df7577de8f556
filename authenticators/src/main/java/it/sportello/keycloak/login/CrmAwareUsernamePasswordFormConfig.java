package it.sportello.keycloak.login;

import org.keycloak.Config;

/** Typed view of the sign-in form's server options; defaults live here only. */
record CrmAwareUsernamePasswordFormConfig(int failureFloorMillis) {

    /** Above a refused attempt's usual cost, with Keycloak's password hash and a legacy bcrypt hash of cost 10. */
    static final int DEFAULT_FAILURE_FLOOR_MILLIS = 250;

    CrmAwareUsernamePasswordFormConfig {
        failureFloorMillis = Math.max(0, failureFloorMillis);
    }

    static CrmAwareUsernamePasswordFormConfig defaults() {
        return new CrmAwareUsernamePasswordFormConfig(DEFAULT_FAILURE_FLOOR_MILLIS);
    }

    static CrmAwareUsernamePasswordFormConfig from(Config.Scope scope) {
        return new CrmAwareUsernamePasswordFormConfig(scope.getInt(
                CrmAwareUsernamePasswordFormConfigProperties.FAILURE_FLOOR_MILLIS, DEFAULT_FAILURE_FLOOR_MILLIS));
    }
}
