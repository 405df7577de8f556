package it.sportello.keycloak.taxid;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.validate.ValidatorConfig;

/**
 * User-profile validator {@value #ID}: the value must be an 11-digit partita IVA, which is also the numeric codice
 * fiscale of companies; an {@code IT} prefix is accepted.
 */
public final class PartitaIvaValidator extends TaxIdValidatorSupport {

    public static final String ID = "sportello-partita-iva";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    AcceptedTaxIdKinds acceptedKinds(ValidatorConfig config) {
        return AcceptedTaxIdKinds.COMPANY;
    }

    /** Shown untranslated in the admin console's validator picker, as Keycloak's own validators' help texts are. */
    @Override
    public String getHelpText() {
        return "Italian partita IVA or numeric codice fiscale of a company (11 digits), with check digit";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
