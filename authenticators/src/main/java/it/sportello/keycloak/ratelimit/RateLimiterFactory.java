package it.sportello.keycloak.ratelimit;

import org.keycloak.provider.ProviderFactory;

/** Creates a {@link RateLimiter} per Keycloak session; one implementation per backing store. */
public interface RateLimiterFactory extends ProviderFactory<RateLimiter> {}
