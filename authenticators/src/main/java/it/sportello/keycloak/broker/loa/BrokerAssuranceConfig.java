package it.sportello.keycloak.broker.loa;

import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;

/** Typed, null-safe view of the assurance step's settings; defaults live here and in {@link AssuranceLevels}. */
final class BrokerAssuranceConfig {

    static final String LEVELS = "levels";
    static final String SESSION_NOTE = "sessionNote";

    /** The user session note that keeps the identity provider's own reference, for a "User Session Note" mapper. */
    static final String DEFAULT_SESSION_NOTE = "sportello.broker.acr";

    private final Map<String, String> config;

    BrokerAssuranceConfig(AuthenticatorConfigModel model) {
        this(model == null ? null : model.getConfig());
    }

    BrokerAssuranceConfig(Map<String, String> config) {
        this.config = config == null ? Map.of() : config;
    }

    /** The level map; throws {@link IllegalArgumentException} naming every bad entry. */
    AssuranceLevels levels() {
        return AssuranceLevels.parse(config.get(LEVELS));
    }

    String sessionNote() {
        String note = config.get(SESSION_NOTE);
        return note == null || note.isBlank() ? DEFAULT_SESSION_NOTE : note.trim();
    }
}
