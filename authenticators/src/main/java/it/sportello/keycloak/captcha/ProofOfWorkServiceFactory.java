package it.sportello.keycloak.captcha;

import org.keycloak.provider.ProviderFactory;

/** Creates a {@link ProofOfWorkService} per Keycloak session. */
public interface ProofOfWorkServiceFactory extends ProviderFactory<ProofOfWorkService> {}
