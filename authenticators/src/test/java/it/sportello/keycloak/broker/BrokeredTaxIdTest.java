package it.sportello.keycloak.broker;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.taxid.TaxId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokeredTaxIdTest {

    private static final String PREFIX = BrokerLinkConfig.DEFAULT_TAX_ID_PREFIX;
    private static final String ATTRIBUTE = BrokerLinkConfig.DEFAULT_TAX_ID_ATTRIBUTE;

    @Test
    void spidValueWithTinitPrefixThenCodiceFiscale() {
        BrokeredTaxId found = BrokeredTaxId.parse("TINIT-RSSMRA85T10A562S", PREFIX);

        assertThat(found.status()).isEqualTo(BrokeredTaxId.Status.FOUND);
        assertThat(found.taxId().value()).isEqualTo("RSSMRA85T10A562S");
        assertThat(found.taxId().kind()).isEqualTo(TaxId.Kind.CODICE_FISCALE_PERSON);
    }

    @Test
    void prefixAndValueInAnyCaseWithSpacesThenNormalized() {
        assertThat(BrokeredTaxId.parse("  tinit-rssmra85t10a562s ", PREFIX)
                        .taxId()
                        .value())
                .isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void valueWithoutPrefixThenParsedAsIs() {
        assertThat(BrokeredTaxId.parse("RSSMRA85T10A562S", PREFIX).taxId().value())
                .isEqualTo("RSSMRA85T10A562S");
        assertThat(BrokeredTaxId.parse("24681350013", PREFIX).taxId().kind()).isEqualTo(TaxId.Kind.PARTITA_IVA);
    }

    @Test
    void missingOrBlankThenMissing() {
        assertThat(BrokeredTaxId.parse(null, PREFIX).status()).isEqualTo(BrokeredTaxId.Status.MISSING);
        assertThat(BrokeredTaxId.parse("  ", PREFIX).status()).isEqualTo(BrokeredTaxId.Status.MISSING);
        assertThat(BrokeredTaxId.from(List.of(Map.of("email", "x@example.com")), ATTRIBUTE, PREFIX)
                        .status())
                .isEqualTo(BrokeredTaxId.Status.MISSING);
    }

    @Test
    void badChecksumOrShapeOrOnlyThePrefixThenInvalid() {
        assertThat(BrokeredTaxId.parse("TINIT-RSSMRA85T10A562X", PREFIX).status())
                .isEqualTo(BrokeredTaxId.Status.INVALID);
        assertThat(BrokeredTaxId.parse("TINIT-", PREFIX).status()).isEqualTo(BrokeredTaxId.Status.INVALID);
        assertThat(BrokeredTaxId.parse("TINIT-12345", PREFIX).status()).isEqualTo(BrokeredTaxId.Status.INVALID);
        // another country's prefix is not stripped, so the value is no Italian tax ID
        assertThat(BrokeredTaxId.parse("TINFR-RSSMRA85T10A562S", PREFIX).status())
                .isEqualTo(BrokeredTaxId.Status.INVALID);
    }

    @Test
    void mapperAttributeFirstThenRawClaimsAndNameIgnoringCase() {
        Map<String, List<String>> mapped = Map.of(ATTRIBUTE, List.of("TINIT-RSSMRA85T10A562S"));
        Map<String, Object> raw = Map.of("FISCALNUMBER", "TINIT-BNCLRA90A41F205I");

        assertThat(BrokeredTaxId.from(List.of(mapped, raw), ATTRIBUTE, PREFIX)
                        .taxId()
                        .value())
                .isEqualTo("RSSMRA85T10A562S");
        assertThat(BrokeredTaxId.from(List.of(Map.of(), raw), ATTRIBUTE, PREFIX)
                        .taxId()
                        .value())
                .isEqualTo("BNCLRA90A41F205I");
    }

    @Test
    void twoDifferentValuesThenInvalidAndTheSameTwiceThenFound() {
        Map<String, List<String>> two = Map.of(ATTRIBUTE, List.of("TINIT-RSSMRA85T10A562S", "TINIT-BNCLRA90A41F205I"));
        Map<String, List<String>> same = Map.of(ATTRIBUTE, List.of("TINIT-RSSMRA85T10A562S", "tinit-rssmra85t10a562s"));

        assertThat(BrokeredTaxId.from(List.of(two), ATTRIBUTE, PREFIX).status())
                .isEqualTo(BrokeredTaxId.Status.INVALID);
        assertThat(BrokeredTaxId.from(List.of(same), ATTRIBUTE, PREFIX).status())
                .isEqualTo(BrokeredTaxId.Status.FOUND);
    }

    @Test
    void toStringNeverShowsTheValue() {
        assertThat(BrokeredTaxId.parse("TINIT-RSSMRA85T10A562S", PREFIX).toString())
                .doesNotContain("RSSMRA85T10A562S");
    }

    @Test
    void configDefaultsAndNoneMeansNoPrefix() {
        assertThat(new BrokerLinkConfig((Map<String, String>) null).taxIdAttribute())
                .isEqualTo("fiscalNumber");
        Map<String, String> config = new HashMap<>();
        config.put(BrokerLinkConfig.TAX_ID_ATTRIBUTE, " fiscal_number ");
        config.put(BrokerLinkConfig.TAX_ID_PREFIX, "none");
        assertThat(new BrokerLinkConfig(config).taxIdAttribute()).isEqualTo("fiscal_number");
        assertThat(new BrokerLinkConfig(config).taxIdPrefix()).isEmpty();
        assertThat(new BrokerLinkConfig(Map.of()).taxIdPrefix()).isEqualTo("TINIT-");
    }
}
