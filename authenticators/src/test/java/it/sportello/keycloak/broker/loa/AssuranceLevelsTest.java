package it.sportello.keycloak.broker.loa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.AuthenticatorConfigModel;

class AssuranceLevelsTest {

    @Test
    void defaultsWhenSpidOrEidasReferenceThenItsLevel() {
        AssuranceLevels levels = new BrokerAssuranceConfig(Map.of()).levels();

        assertThat(levels.levelOf("https://www.spid.gov.it/SpidL1")).hasValue(1);
        assertThat(levels.levelOf("https://www.spid.gov.it/SpidL2")).hasValue(2);
        assertThat(levels.levelOf(" https://www.spid.gov.it/SpidL3 ")).hasValue(3);
        assertThat(levels.levelOf("http://eidas.europa.eu/LoA/substantial")).hasValue(2);
    }

    @Test
    void defaultsWhenUnknownOrMissingOrOtherCaseReferenceThenNoLevel() {
        AssuranceLevels levels = AssuranceLevels.DEFAULTS;

        assertThat(levels.levelOf("https://www.spid.gov.it/SpidL4")).isEmpty();
        assertThat(levels.levelOf("https://www.spid.gov.it/spidl2")).isEmpty();
        assertThat(levels.levelOf("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"))
                .isEmpty();
        assertThat(levels.levelOf(null)).isEmpty();
    }

    @Test
    void parseWhenLinesOrCommasThenEveryEntryAndNothingElse() {
        AssuranceLevels levels = new BrokerAssuranceConfig(Map.of(
                        BrokerAssuranceConfig.LEVELS, "cie-l1 = 1\r\ncie-l2=2 , https://idp.example/acr?x=y = 3\n\n"))
                .levels();

        assertThat(levels.levels())
                .containsExactly(
                        Map.entry("cie-l1", 1), Map.entry("cie-l2", 2), Map.entry("https://idp.example/acr?x=y", 3));
        assertThat(levels.levelOf("https://www.spid.gov.it/SpidL2"))
                .as("defaults replaced")
                .isEmpty();
    }

    @Test
    void parseWhenBlankThenDefaults() {
        assertThat(AssuranceLevels.parse("  \n")).isEqualTo(AssuranceLevels.DEFAULTS);
        assertThat(AssuranceLevels.parse(null)).isEqualTo(AssuranceLevels.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.spid.gov.it/SpidL2",
                "= 2",
                "https://www.spid.gov.it/SpidL2 = two",
                "https://www.spid.gov.it/SpidL2 = -1",
                "https://www.spid.gov.it/SpidL2 = 22",
                "a b = 2",
                "x = 1, x = 2",
                ",,,"
            })
    void validateConfigurationWhenBadMapThenRefused(String text) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(BrokerAssuranceConfig.LEVELS, text));

        assertThatThrownBy(() -> BrokerAssuranceAuthenticatorFactory.validateConfiguration(model))
                .isInstanceOf(ComponentValidationException.class)
                .hasMessageStartingWith("Bad level map");
    }

    @Test
    void validateConfigurationWhenDefaultTextOrNoConfigThenAccepted() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(BrokerAssuranceConfig.LEVELS, AssuranceLevels.DEFAULT_TEXT));

        BrokerAssuranceAuthenticatorFactory.validateConfiguration(model);
        BrokerAssuranceAuthenticatorFactory.validateConfiguration(null);
        assertThat(new BrokerAssuranceConfig(model).levels()).isEqualTo(AssuranceLevels.DEFAULTS);
    }
}
