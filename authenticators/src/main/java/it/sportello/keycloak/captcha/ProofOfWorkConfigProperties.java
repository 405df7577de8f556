package it.sportello.keycloak.captcha;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server options of the {@code pow} captcha, set as {@code --spi-sportello-captcha--pow--<dash-case-name>=...}.
 * Defaults live in {@link ProofOfWorkConfig}.
 */
final class ProofOfWorkConfigProperties {

    static final String DIFFICULTY = "difficulty";
    static final String TTL = "ttl";
    static final String SECRET = "secret";
    static final String SECRET_VAULT_KEY = "secretVaultKey";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(DIFFICULTY)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Leading zero bits the browser's SHA-256 must have. Each bit doubles the average work: 16 takes"
                    + " a desktop browser under a second, a low-end phone a few seconds.")
            .defaultValue(ProofOfWorkConfig.DEFAULT_DIFFICULTY)
            .add()
            .property()
            .name(TTL)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Seconds a challenge stays valid after the page was shown.")
            .defaultValue(ProofOfWorkConfig.DEFAULT_TTL_SECONDS)
            .add()
            .property()
            .name(SECRET)
            .type(ProviderConfigProperty.PASSWORD)
            .secret(true)
            .helpText("HMAC-SHA256 key that signs challenges, at least 32 characters, the same on every node. When"
                    + " absent, the vault entry named by secretVaultKey; when neither is set each node signs with a"
                    + " random key of its own (one node only). Never stored in the realm.")
            .add()
            .property()
            .name(SECRET_VAULT_KEY)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Name of a Keycloak vault entry (per realm, at least 32 characters) holding the signing key,"
                    + " used when the secret option is not set; the same entry on every node.")
            .add()
            .build();

    private ProofOfWorkConfigProperties() {}
}
