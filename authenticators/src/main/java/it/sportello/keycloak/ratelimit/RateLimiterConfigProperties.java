package it.sportello.keycloak.ratelimit;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server options of the {@code single-use-store} rate limiter, set as
 * {@code --spi-sportello-rate-limit--single-use-store--<dash-case-name>=...}. Defaults live in
 * {@link RateLimiterConfig}. The limits themselves belong to each form's configuration ({@link RateLimitPolicy}).
 */
final class RateLimiterConfigProperties {

    static final String ENABLED = "enabled";
    static final String MAX_LIMIT = "maxLimit";
    static final String KEY_HASH_SECRET = "keyHashSecret";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(ENABLED)
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .helpText("Count attempts. When false every attempt is allowed: load tests and emergencies only.")
            .defaultValue(RateLimiterConfig.DEFAULT_ENABLED)
            .add()
            .property()
            .name(MAX_LIMIT)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Highest limit a form may ask for; higher limits are lowered to it. Each counted attempt is"
                    + " one cache entry, so this bounds the entries and round trips per key and window.")
            .defaultValue(RateLimiterConfig.DEFAULT_MAX_LIMIT)
            .add()
            .property()
            .name(KEY_HASH_SECRET)
            .type(ProviderConfigProperty.PASSWORD)
            .secret(true)
            .helpText("Optional secret, at least 32 characters and the same on every node: IP addresses and customer"
                    + " codes are then hashed with HMAC-SHA256 instead of plain SHA-256 before they name a cache"
                    + " entry, so they cannot be recovered by enumeration.")
            .add()
            .build();

    private RateLimiterConfigProperties() {}
}
