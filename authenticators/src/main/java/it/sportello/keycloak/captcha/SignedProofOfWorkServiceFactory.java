package it.sportello.keycloak.captcha;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * The {@code pow} captcha, the default of the {@code sportello-captcha} SPI: signed proof-of-work challenges, see
 * {@link SignedProofOfWorkService}. The signing key is the {@code secret} server option, or the realm's vault entry
 * named by {@code secretVaultKey}, or else a random key of this node ({@link ProofOfWorkSecrets}); never a realm
 * attribute, so that no realm export carries it.
 */
public final class SignedProofOfWorkServiceFactory
        implements ProofOfWorkServiceFactory, ServerInfoAwareProviderFactory {

    public static final String PROVIDER_ID = "pow";

    private static final Logger LOG = Logger.getLogger(SignedProofOfWorkServiceFactory.class);

    private final SecureRandom random = new SecureRandom();
    private ProofOfWorkConfig config = ProofOfWorkConfig.defaults();
    private ProofOfWorkSecrets secrets = new ProofOfWorkSecrets(Optional.empty(), "", random);
    /** Warn once per node when a configured vault entry is missing, not once per request. */
    private final AtomicBoolean vaultMissReported = new AtomicBoolean();

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
        ProofOfWorkSecrets.Key key = secrets.forRequest(session.vault());
        if (key.source() != secrets.configured() && vaultMissReported.compareAndSet(false, true)) {
            LOG.warnf(
                    "sportello-captcha pow: the vault has no entry %s of at least %d characters for realm %s; this"
                            + " node signs with its own random key, which the other nodes do not share",
                    ProofOfWorkConfigProperties.SECRET_VAULT_KEY, ProofOfWorkConfig.MIN_SECRET_LENGTH, realm.getName());
        }
        return new SignedProofOfWorkService.SigningKey(realm.getId(), key.bytes());
    }

    @Override
    public void init(Config.Scope scope) {
        config = ProofOfWorkConfig.from(scope);
        secrets = new ProofOfWorkSecrets(
                config.serverSecret(), scope.get(ProofOfWorkConfigProperties.SECRET_VAULT_KEY), random);
        if (secrets.configured() == ProofOfWorkSecrets.Source.NODE) {
            // the value of neither option is ever logged
            LOG.warn("sportello-captcha pow: neither --spi-sportello-captcha--pow--secret nor"
                    + " --spi-sportello-captcha--pow--secret-vault-key is set; this node signs challenges with a random"
                    + " key of its own. Nodes of a cluster must share a configured key (docs/production.md, Production"
                    + " configuration).");
        }
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
                "secret", secrets.configured().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
