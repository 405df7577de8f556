package it.sportello.keycloak.taxid;

import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.validate.ValidationResult;
import org.keycloak.validate.ValidatorConfig;

/**
 * User-profile validator {@value #ID}: the value must be a person's codice fiscale or a partita IVA; the {@code kinds}
 * option narrows it to one of them. Used on the customer {@code taxId} attribute, whose kind follows the customer.
 */
public final class TaxIdValidator extends TaxIdValidatorSupport {

    public static final String ID = "sportello-tax-id";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    AcceptedTaxIdKinds acceptedKinds(ValidatorConfig config) {
        return new TaxIdValidatorConfig(config).kinds();
    }

    @Override
    public ValidationResult validateConfig(KeycloakSession session, ValidatorConfig config) {
        return new TaxIdValidatorConfig(config).validate(ID);
    }

    /** Shown untranslated in the admin console's validator picker, as Keycloak's own validators' help texts are. */
    @Override
    public String getHelpText() {
        return "Italian codice fiscale of a person or partita IVA of a company, with check character";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return TaxIdValidatorConfigProperties.LIST;
    }
}
