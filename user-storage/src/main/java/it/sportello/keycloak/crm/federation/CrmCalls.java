package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.CrmAvailability;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.storage.StorageUnavailableException;

/**
 * Runs the federation's CRM calls. A CRM that cannot be reached becomes Keycloak's signal for graceful degradation
 * ({@link StorageUnavailableException}), and is noted for the request so the login form can say so.
 */
final class CrmCalls {

    private final KeycloakSession session;

    CrmCalls(KeycloakSession session) {
        this.session = session;
    }

    <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (StorageUnavailableException e) {
            CrmAvailability.markUnavailable(session);
            throw e;
        } catch (RuntimeException e) {
            if (CrmFailures.isUnavailable(e)) {
                CrmAvailability.markUnavailable(session);
                throw new StorageUnavailableException("The CRM database is unavailable", e);
            }
            throw e;
        }
    }

    void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}
