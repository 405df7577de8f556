package it.sportello.keycloak.abuse;

import org.keycloak.provider.ProviderFactory;

/** Creates a {@link ProofOfWorkService} per Keycloak session. */
public interface ProofOfWorkServiceFactory extends ProviderFactory<ProofOfWorkService> {}
