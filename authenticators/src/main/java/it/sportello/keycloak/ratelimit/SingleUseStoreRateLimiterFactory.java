package it.sportello.keycloak.ratelimit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The {@code single-use-store} rate limiter, the default of the {@code sportello-rate-limit} SPI: counters in
 * Keycloak's cluster-wide single-use object store, see {@link SingleUseStoreRateLimiter}.
 */
public final class SingleUseStoreRateLimiterFactory implements RateLimiterFactory, ServerInfoAwareProviderFactory {

    public static final String PROVIDER_ID = "single-use-store";

    /** Counters of requests outside any realm (there should be none) share this namespace. */
    private static final String NO_REALM = "-";

    private RateLimiterConfig config = RateLimiterConfig.defaults();
    private RateLimitKeys keys = new RateLimitKeys(new byte[0]);

    @Override
    public RateLimiter create(KeycloakSession session) {
        return new SingleUseStoreRateLimiter(session.singleUseObjects(), Clock.systemUTC(), config, keys, () -> {
            RealmModel realm = session.getContext().getRealm();
            return realm == null ? NO_REALM : realm.getId();
        });
    }

    @Override
    public void init(Config.Scope scope) {
        config = RateLimiterConfig.from(scope);
        keys = new RateLimitKeys(config.keyHashSecretBytes());
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public int order() {
        // The default provider of the SPI when the operator does not choose one.
        return 100;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return RateLimiterConfigProperties.PROPERTIES;
    }

    @Override
    public Map<String, String> getOperationalInfo() {
        return Map.of(
                "enabled", Boolean.toString(config.enabled()),
                "maxLimit", Integer.toString(config.maxLimit()),
                "keyHash", config.keyHashSecret().isEmpty() ? "SHA-256" : "HMAC-SHA256");
    }
}
