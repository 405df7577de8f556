package it.sportello.keycloak.crm;

import org.keycloak.provider.ProviderFactory;

/** Creates a {@link CustomerDirectory} per Keycloak session; one implementation per CRM backend. */
public interface CustomerDirectoryFactory extends ProviderFactory<CustomerDirectory> {}
