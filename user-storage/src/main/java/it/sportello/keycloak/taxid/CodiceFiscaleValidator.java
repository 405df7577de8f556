package it.sportello.keycloak.taxid;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.validate.ValidatorConfig;

/** User-profile validator {@value #ID}: the value must be a person's 16-character codice fiscale. */
public final class CodiceFiscaleValidator extends TaxIdValidatorSupport {

    public static final String ID = "sportello-codice-fiscale";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    AcceptedTaxIdKinds acceptedKinds(ValidatorConfig config) {
        return AcceptedTaxIdKinds.PERSON;
    }

    /** Shown untranslated in the admin console's validator picker, as Keycloak's own validators' help texts are. */
    @Override
    public String getHelpText() {
        return "Italian codice fiscale of a person (16 characters), with check character";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
