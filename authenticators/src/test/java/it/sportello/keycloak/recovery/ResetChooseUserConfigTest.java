package it.sportello.keycloak.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.PrequalificationScope;
import it.sportello.keycloak.crm.PrequalificationSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class ResetChooseUserConfigTest {

    @Test
    void configWhenAbsentThenDefaults() {
        for (ResetChooseUserConfig config : new ResetChooseUserConfig[] {
            new ResetChooseUserConfig((AuthenticatorConfigModel) null),
            new ResetChooseUserConfig(new AuthenticatorConfigModel()),
            new ResetChooseUserConfig(Map.of())
        }) {
            assertThat(config.minResponseMillis()).isEqualTo(300);
            assertThat(config.ipLimit()).isEqualTo(20);
            assertThat(config.ipWindow()).isEqualTo(Duration.ofMinutes(15));
            assertThat(config.gate()).isEqualTo(PrequalificationScope.SUPPLIERS);
            assertThat(config.source()).isEqualTo(PrequalificationSource.CRM);
            assertThat(config.prequalifiedAttribute()).isEqualTo("prequalified");
            assertThat(config.supplierAttribute()).isEqualTo("supplier");
            assertThat(config.captchaAfterRequests()).isEqualTo(5);
            assertThat(config.captchaAlways()).isFalse();
            assertThat(config.mailInterval()).isEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void mailIntervalAndCaptchaWhenMalformedThenDefaultWhenOutOfRangeThenBound() {
        Map<String, String> malformed = new HashMap<>();
        malformed.put(ResetChooseUserConfig.MAIL_INTERVAL_MINUTES, "five");
        malformed.put(ResetChooseUserConfig.CAPTCHA_AFTER_REQUESTS, " ");
        assertThat(new ResetChooseUserConfig(malformed).mailInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(new ResetChooseUserConfig(malformed).captchaAfterRequests()).isEqualTo(5);

        ResetChooseUserConfig bounded = new ResetChooseUserConfig(Map.of(
                ResetChooseUserConfig.MAIL_INTERVAL_MINUTES, "-1",
                ResetChooseUserConfig.CAPTCHA_AFTER_REQUESTS, "999999"));
        assertThat(bounded.mailInterval()).isZero();
        assertThat(bounded.captchaAfterRequests()).isEqualTo(ResetChooseUserConfig.MAX_CAPTCHA_AFTER_REQUESTS);
    }

    @Test
    void captchaAlwaysWhenSetThenOnAndWhenMalformedThenOff() {
        assertThat(new ResetChooseUserConfig(Map.of(ResetChooseUserConfig.CAPTCHA_ALWAYS, " true ")).captchaAlways())
                .isTrue();
        assertThat(new ResetChooseUserConfig(Map.of(ResetChooseUserConfig.CAPTCHA_ALWAYS, "yes")).captchaAlways())
                .isFalse();
    }

    @Test
    void configWhenSetThenReadBack() {
        ResetChooseUserConfig config = new ResetChooseUserConfig(Map.of(
                ResetChooseUserConfig.MIN_RESPONSE_MILLIS, " 450 ",
                ResetChooseUserConfig.IP_LIMIT, "0",
                ResetChooseUserConfig.IP_WINDOW_MINUTES, "60",
                ResetChooseUserConfig.GATE, "all-crm-customers",
                ResetChooseUserConfig.SOURCE, "attribute",
                ResetChooseUserConfig.PREQUALIFIED_ATTRIBUTE, "vendorApproved",
                ResetChooseUserConfig.SUPPLIER_ATTRIBUTE, "vendor"));

        assertThat(config.minResponseMillis()).isEqualTo(450);
        assertThat(config.ipLimit()).isZero();
        assertThat(config.ipWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(config.gate()).isEqualTo(PrequalificationScope.ALL_CRM_CUSTOMERS);
        assertThat(config.source()).isEqualTo(PrequalificationSource.ATTRIBUTE);
        assertThat(config.prequalifiedAttribute()).isEqualTo("vendorApproved");
        assertThat(config.supplierAttribute()).isEqualTo("vendor");
        assertThat(new ResetChooseUserConfig(Map.of(ResetChooseUserConfig.GATE, "none")).gate())
                .isEqualTo(PrequalificationScope.NONE);
    }

    @Test
    void configWhenOutOfRangeThenNearestBound() {
        ResetChooseUserConfig config = new ResetChooseUserConfig(Map.of(
                ResetChooseUserConfig.MIN_RESPONSE_MILLIS, "-5",
                ResetChooseUserConfig.IP_LIMIT, "99999999",
                ResetChooseUserConfig.IP_WINDOW_MINUTES, "0"));

        assertThat(config.minResponseMillis()).isZero();
        assertThat(config.ipLimit()).isEqualTo(ResetChooseUserConfig.MAX_IP_LIMIT);
        assertThat(config.ipWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(new ResetChooseUserConfig(Map.of(ResetChooseUserConfig.MIN_RESPONSE_MILLIS, "60000"))
                        .minResponseMillis())
                .isEqualTo(ResetChooseUserConfig.MAX_MIN_RESPONSE_MILLIS);
    }

    @Test
    void configWhenMalformedThenDefaultNeverOff() {
        Map<String, String> values = new HashMap<>();
        values.put(ResetChooseUserConfig.MIN_RESPONSE_MILLIS, "fast");
        values.put(ResetChooseUserConfig.IP_LIMIT, "ten");
        values.put(ResetChooseUserConfig.IP_WINDOW_MINUTES, "");
        values.put(ResetChooseUserConfig.GATE, "everyone");
        values.put(ResetChooseUserConfig.SOURCE, null);
        values.put(ResetChooseUserConfig.PREQUALIFIED_ATTRIBUTE, "has space");
        values.put(ResetChooseUserConfig.SUPPLIER_ATTRIBUTE, " ");
        ResetChooseUserConfig config = new ResetChooseUserConfig(values);

        assertThat(config.minResponseMillis()).isEqualTo(ResetChooseUserConfig.DEFAULT_MIN_RESPONSE_MILLIS);
        assertThat(config.ipLimit()).isEqualTo(ResetChooseUserConfig.DEFAULT_IP_LIMIT);
        assertThat(config.ipWindow()).isEqualTo(Duration.ofMinutes(ResetChooseUserConfig.DEFAULT_IP_WINDOW_MINUTES));
        assertThat(config.gate()).isEqualTo(PrequalificationScope.SUPPLIERS);
        assertThat(config.source()).isEqualTo(PrequalificationSource.CRM);
        assertThat(config.prequalifiedAttribute()).isEqualTo("prequalified");
        assertThat(config.supplierAttribute()).isEqualTo("supplier");
        assertThat(config.askTaxId()).isFalse();
    }

    @Test
    void configPropertiesWhenListedThenOnePerSettingWithDefaultsFromTheConfig() {
        assertThat(ResetChooseUserConfigProperties.ALL)
                .extracting(p -> p.getName())
                .containsExactly(
                        ResetChooseUserConfig.MIN_RESPONSE_MILLIS,
                        ResetChooseUserConfig.IP_LIMIT,
                        ResetChooseUserConfig.IP_WINDOW_MINUTES,
                        ResetChooseUserConfig.CAPTCHA_AFTER_REQUESTS,
                        ResetChooseUserConfig.CAPTCHA_ALWAYS,
                        ResetChooseUserConfig.ASK_TAX_ID,
                        ResetChooseUserConfig.OFFER_SMS,
                        ResetChooseUserConfig.OFFER_RECOVERY_EMAIL,
                        ResetChooseUserConfig.MAIL_INTERVAL_MINUTES,
                        ResetChooseUserConfig.GATE,
                        ResetChooseUserConfig.SOURCE,
                        ResetChooseUserConfig.PREQUALIFIED_ATTRIBUTE,
                        ResetChooseUserConfig.SUPPLIER_ATTRIBUTE);
        assertThat(ResetChooseUserConfigProperties.ALL)
                .filteredOn(p -> p.getName().equals(ResetChooseUserConfig.GATE))
                .singleElement()
                .satisfies(p -> assertThat(p.getOptions()).containsExactly("suppliers", "all-crm-customers", "none"));
        assertThat(ResetChooseUserConfigProperties.ALL)
                .allSatisfy(p -> assertThat(p.getLabel()).startsWith("sportelloResetConfig"));
    }

    @Test
    void questionModeWhenConfiguredThenReadBackAndUnknownIsTheDefaultNeverOff() {
        assertThat(ResetSecurityQuestionMode.of(null)).isEqualTo(ResetSecurityQuestionMode.IF_CONFIGURED);
        assertThat(ResetSecurityQuestionMode.of(mode("off"))).isEqualTo(ResetSecurityQuestionMode.OFF);
        assertThat(ResetSecurityQuestionMode.of(mode(" required "))).isEqualTo(ResetSecurityQuestionMode.REQUIRED);
        assertThat(ResetSecurityQuestionMode.of(mode("if-configured")))
                .isEqualTo(ResetSecurityQuestionMode.IF_CONFIGURED);
        assertThat(ResetSecurityQuestionMode.of(mode("OFF"))).isEqualTo(ResetSecurityQuestionMode.IF_CONFIGURED);
        assertThat(ResetSecurityQuestionMode.of(new AuthenticatorConfigModel()))
                .isEqualTo(ResetSecurityQuestionMode.IF_CONFIGURED);
    }

    private static AuthenticatorConfigModel mode(String value) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(ResetSecurityQuestionMode.CONFIG_KEY, value));
        return model;
    }
}
