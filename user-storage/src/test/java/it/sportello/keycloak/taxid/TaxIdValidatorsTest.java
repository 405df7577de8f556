package it.sportello.keycloak.taxid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.validate.AbstractSimpleValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.Validator;
import org.keycloak.validate.ValidatorConfig;
import org.keycloak.validate.ValidatorFactory;
import org.keycloak.validate.validators.ValidatorConfigValidator;

/**
 * The validators as Keycloak's user profile drives them: looked up as {@link ValidatorFactory} providers, created for a
 * session, and called with the attribute's values and name. The session is a plain mock that the validators never
 * consult; it is passed only because the API takes one.
 */
class TaxIdValidatorsTest {

    private static final String ATTRIBUTE = "taxId";
    private static final String PERSON = "RSSMRA85T10A562S";
    private static final String COMPANY = "00743110157";

    private final KeycloakSession session = mock(KeycloakSession.class);

    @Test
    void serviceFileRegistersTheThreeValidatorsWithTheirIds() {
        List<ValidatorFactory> ours = ServiceLoader.load(ValidatorFactory.class).stream()
                .filter(provider -> provider.type().getPackageName().equals(TaxId.class.getPackageName()))
                .map(ServiceLoader.Provider::get)
                .toList();

        assertThat(ours)
                .extracting(ValidatorFactory::getId)
                .containsExactlyInAnyOrder("sportello-codice-fiscale", "sportello-partita-iva", "sportello-tax-id");
        // The admin console's validator picker lists only configured providers, with their help text.
        assertThat(ours).allSatisfy(factory -> assertThat(factory)
                .isInstanceOfSatisfying(ConfiguredProvider.class, configured -> assertThat(configured.getHelpText())
                        .isNotBlank()));
    }

    @Test
    void codiceFiscaleValidatorWhenPersonCodeThenNoError() {
        assertThat(validate(new CodiceFiscaleValidator(), "rss mra 85t10 a562s").getErrors())
                .isEmpty();
    }

    @Test
    void codiceFiscaleValidatorWhenPartitaIvaThenPersonFormatMessage() {
        assertSingleError(validate(new CodiceFiscaleValidator(), COMPANY), TaxIdMessages.INVALID_FORMAT_PERSON);
    }

    @Test
    void codiceFiscaleValidatorWhenWrongPartitaIvaThenStillPersonFormatMessage() {
        assertSingleError(validate(new CodiceFiscaleValidator(), "00743110158"), TaxIdMessages.INVALID_FORMAT_PERSON);
    }

    @Test
    void codiceFiscaleValidatorWhenMonthLetterWrongThenMonthMessage() {
        assertSingleError(validate(new CodiceFiscaleValidator(), "RSSMRA85F10A562R"), TaxIdMessages.INVALID_MONTH);
    }

    @Test
    void codiceFiscaleValidatorWhenDayImpossibleThenDayMessage() {
        assertSingleError(validate(new CodiceFiscaleValidator(), "RSSMRA85B30A562G"), TaxIdMessages.INVALID_DAY);
    }

    @Test
    void partitaIvaValidatorWhenPartitaIvaWithPrefixThenNoError() {
        assertThat(validate(new PartitaIvaValidator(), "IT " + COMPANY).getErrors())
                .isEmpty();
    }

    @Test
    void partitaIvaValidatorWhenCodiceFiscaleThenCompanyFormatMessage() {
        assertSingleError(validate(new PartitaIvaValidator(), PERSON), TaxIdMessages.INVALID_FORMAT_COMPANY);
    }

    @Test
    void partitaIvaValidatorWhenOfficeCodeWrongThenOfficeCodeMessage() {
        assertSingleError(validate(new PartitaIvaValidator(), "12345671015"), TaxIdMessages.INVALID_OFFICE_CODE);
    }

    @Test
    void partitaIvaValidatorWhenAllZerosThenAllZerosMessage() {
        assertSingleError(validate(new PartitaIvaValidator(), "00000000000"), TaxIdMessages.ALL_ZEROS);
    }

    @Test
    void taxIdValidatorWhenEitherKindAndNoConfigThenNoError() {
        assertThat(validate(new TaxIdValidator(), List.of(PERSON, COMPANY), ValidatorConfig.EMPTY)
                        .getErrors())
                .isEmpty();
    }

    @Test
    void taxIdValidatorWhenGarbageThenGenericFormatMessage() {
        assertSingleError(validate(new TaxIdValidator(), "12345"), TaxIdMessages.INVALID_FORMAT);
    }

    @Test
    void taxIdValidatorWhenKindsPersonThenPartitaIvaRejected() {
        ValidatorConfig personOnly = config(TaxIdValidatorConfig.KINDS, "person");

        assertSingleError(
                validate(new TaxIdValidator(), List.of(PERSON, COMPANY), personOnly),
                TaxIdMessages.INVALID_FORMAT_PERSON);
    }

    @Test
    void taxIdValidatorWhenKindsCompanyThenCodiceFiscaleRejected() {
        ValidatorConfig companyOnly = config(TaxIdValidatorConfig.KINDS, "company");

        assertSingleError(
                validate(new TaxIdValidator(), List.of(PERSON, COMPANY), companyOnly),
                TaxIdMessages.INVALID_FORMAT_COMPANY);
    }

    @Test
    void validateWhenCheckCharacterWrongThenChecksumMessageWithoutTheValue() {
        String wrong = "RSSMRA85T10A562T";

        ValidationContext context = validate(new TaxIdValidator(), wrong);

        assertSingleError(context, TaxIdMessages.INVALID_CHECKSUM);
        ValidationError error = context.getErrors().iterator().next();
        assertThat(error.getValidatorId()).isEqualTo(TaxIdValidator.ID);
        assertThat(error.getInputHint()).isEqualTo(ATTRIBUTE);
        // Only the attribute name goes into the message: the tax ID must not reach logs or responses.
        assertThat(error.getMessageParameters()).isEmpty();
        assertThat(error.toString()).doesNotContain(wrong);
    }

    @Test
    void validateWhenEmptyValueAndIgnoreEmptySetThenNoError() {
        // What the user profile passes for an optional attribute left empty.
        ValidatorConfig profileConfig = config(AbstractSimpleValidator.IGNORE_EMPTY_VALUE, true);

        assertThat(validate(new CodiceFiscaleValidator(), List.of(""), profileConfig)
                        .getErrors())
                .isEmpty();
    }

    @Test
    void validateWhenBlankValueWithoutIgnoreEmptyThenMissingMessage() {
        assertSingleError(validate(new TaxIdValidator(), "   "), TaxIdMessages.MISSING);
    }

    @Test
    void validateWhenSeveralValuesThenEachChecked() {
        ValidationContext context =
                validate(new TaxIdValidator(), List.of(PERSON, "RSSMRA85T10A562T"), ValidatorConfig.EMPTY);

        assertSingleError(context, TaxIdMessages.INVALID_CHECKSUM);
    }

    @Test
    void validateWhenValueNotAStringThenInvalidValueWithoutEchoingIt() {
        ValidationContext context = validate(new PartitaIvaValidator(), List.of(743110157L), ValidatorConfig.EMPTY);

        assertSingleError(context, ValidationError.MESSAGE_INVALID_VALUE);
        assertThat(context.getErrors().iterator().next().getMessageParameters()).isEmpty();
    }

    @Test
    void validateConfigWhenKindsAbsentBlankOrKnownThenValid() {
        TaxIdValidator validator = new TaxIdValidator();

        assertThat(validator.validateConfig(session, null).isValid()).isTrue();
        assertThat(validator.validateConfig(session, ValidatorConfig.EMPTY).isValid())
                .isTrue();
        assertThat(validator
                        .validateConfig(session, config(TaxIdValidatorConfig.KINDS, " "))
                        .isValid())
                .isTrue();
        assertThat(validator
                        .validateConfig(session, config(TaxIdValidatorConfig.KINDS, "Company"))
                        .isValid())
                .isTrue();
    }

    @Test
    void validateConfigWhenKindsUnknownThenConfigError() {
        TaxIdValidator validator = new TaxIdValidator();

        assertThat(validator
                        .validateConfig(session, config(TaxIdValidatorConfig.KINDS, "persons"))
                        .getErrors())
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.getInputHint()).isEqualTo(TaxIdValidatorConfig.KINDS);
                    assertThat(error.getMessage()).isEqualTo(ValidatorConfigValidator.MESSAGE_CONFIG_INVALID_VALUE);
                });
        assertThat(validator
                        .validateConfig(session, config(TaxIdValidatorConfig.KINDS, List.of("person")))
                        .isValid())
                .isFalse();
    }

    @Test
    void taxIdValidatorOffersKindsOptionWithMessageKeysAndDefault() {
        assertThat(new TaxIdValidator().getConfigProperties()).singleElement().satisfies(property -> {
            assertThat(property.getName()).isEqualTo("kinds");
            assertThat(property.getType()).isEqualTo(ProviderConfigProperty.LIST_TYPE);
            assertThat(property.getOptions()).containsExactly("both", "person", "company");
            assertThat(property.getDefaultValue()).isEqualTo("both");
            assertThat(property.getLabel()).isEqualTo(TaxIdMessages.VALIDATOR_KINDS);
            assertThat(property.getHelpText()).isEqualTo(TaxIdMessages.VALIDATOR_KINDS_HELP);
        });
        assertThat(new CodiceFiscaleValidator().getConfigProperties()).isEmpty();
        assertThat(new PartitaIvaValidator().getConfigProperties()).isEmpty();
    }

    private ValidationContext validate(ValidatorFactory factory, String value) {
        return validate(factory, value, ValidatorConfig.EMPTY);
    }

    private ValidationContext validate(ValidatorFactory factory, Object values, ValidatorConfig config) {
        Validator validator = factory.create(session);
        return validator.validate(values, ATTRIBUTE, new ValidationContext(session), config);
    }

    private static ValidatorConfig config(String key, Object value) {
        return new ValidatorConfig(Map.of(key, value));
    }

    private static void assertSingleError(ValidationContext context, String message) {
        assertThat(context.isValid()).isFalse();
        assertThat(context.getErrors()).extracting(ValidationError::getMessage).containsExactly(message);
    }
}
