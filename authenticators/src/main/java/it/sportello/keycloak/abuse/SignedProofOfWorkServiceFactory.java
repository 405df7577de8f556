package it.sportello.keycloak.abuse;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The {@code pow} captcha, the default of the {@code sportello-captcha} SPI: signed proof-of-work challenges, see
 * {@link SignedProofOfWorkService}. The signing key is the {@code secret} server option when set, otherwise the
 * realm's own random key ({@link ProofOfWorkSecrets}).
 */
public final class SignedProofOfWorkServiceFactory
        implements ProofOfWorkServiceFactory, ServerInfoAwareProviderFactory {

    public static final String PROVIDER_ID = "pow";

    private final SecureRandom random = new SecureRandom();
    private ProofOfWorkConfig config = ProofOfWorkConfig.defaults();

    @Override
    public ProofOfWorkService create(KeycloakSession session) {
        return new SignedProofOfWorkService(
                session.singleUseObjects(), Clock.systemUTC(), random, config, () -> signingKey(session));
    }

    private SignedProofOfWorkService.SigningKey signingKey(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null) {
            throw new IllegalStateException("sportello-captcha pow is used outside a realm request");
        }
        byte[] secret = config.serverSecret().orElseGet(() -> ProofOfWorkSecrets.forRealm(realm, random));
        return new SignedProofOfWorkService.SigningKey(realm.getId(), secret);
    }

    @Override
    public void init(Config.Scope scope) {
        config = ProofOfWorkConfig.from(scope);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProofOfWorkConfigProperties.PROPERTIES;
    }

    @Override
    public Map<String, String> getOperationalInfo() {
        return Map.of(
                "difficulty", Integer.toString(config.difficulty()),
                "ttlSeconds", Long.toString(config.ttl().toSeconds()),
                "secret", config.secret().isEmpty() ? "per realm" : "server option");
    }
}
