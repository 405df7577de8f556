package it.sportello.keycloak.prequalification;

import it.sportello.keycloak.crm.PrequalificationSessionCheck;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Registers the {@code sportello-prequalification} event listener: global (every realm, no realm setting to forget),
 * it ends the sessions of suppliers whose prequalification was withdrawn, and owns the re-check interval that the
 * sign-in and the portal API trust a passed check for ({@link PrequalificationSessionCheck}). Server option
 * {@code --spi-events-listener--sportello-prequalification--recheck-minutes} (default 5, 0: at every token request and
 * portal call).
 */
public final class PrequalificationSessionListenerFactory
        implements EventListenerProviderFactory, PrequalificationSessionCheck.Interval {

    public static final String PROVIDER_ID = PrequalificationSessionCheck.LISTENER_ID;

    static final String RECHECK_MINUTES = "recheckMinutes";
    /** At most this long after a withdrawal, the next token request of an open session ends it. */
    static final int DEFAULT_RECHECK_MINUTES = 5;

    static final int MAX_RECHECK_MINUTES = 24 * 60;

    private long intervalSeconds = DEFAULT_RECHECK_MINUTES * 60L;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new PrequalificationSessionListener(session, PrequalificationSessionCheck.ofSeconds(intervalSeconds));
    }

    /** The portal API and the sign-in trust a passed check for as long as this listener does not re-check it. */
    @Override
    public long recheckSeconds() {
        return intervalSeconds;
    }

    @Override
    public void init(Config.Scope config) {
        int minutes = config.getInt(RECHECK_MINUTES, DEFAULT_RECHECK_MINUTES);
        intervalSeconds = Math.max(0, Math.min(minutes, MAX_RECHECK_MINUTES)) * 60L;
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(RECHECK_MINUTES)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Minutes after which a token request of an open session, or a portal API call, asks the CRM"
                        + " again whether the supplier is still prequalified (0: at every token request and call).")
                .defaultValue(DEFAULT_RECHECK_MINUTES)
                .add()
                .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
