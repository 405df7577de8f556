package it.sportello.keycloak.securityquestion;

import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The security question credential: stores a customer's question and hashed answer, and checks a typed answer for the
 * authenticators that ask it. Counting wrong answers toward brute-force lockout is the asking authenticator's job;
 * this class only says right or wrong. Obtain it with
 * {@code session.getProvider(CredentialProvider.class, SecurityQuestionCredentialProviderFactory.PROVIDER_ID)}.
 */
public final class SecurityQuestionCredentialProvider
        implements CredentialProvider<SecurityQuestionCredentialModel>, CredentialInputValidator {

    private final KeycloakSession session;
    private final SecurityQuestionHasher hasher;

    SecurityQuestionCredentialProvider(KeycloakSession session, SecurityQuestionHasher hasher) {
        this.session = session;
        this.hasher = hasher;
    }

    /** The provider of this session, for the authenticators and required actions that ask or set the question. */
    public static SecurityQuestionCredentialProvider of(KeycloakSession session) {
        return (SecurityQuestionCredentialProvider)
                session.getProvider(CredentialProvider.class, SecurityQuestionCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    public String getType() {
        return SecurityQuestionCredentialModel.TYPE;
    }

    /**
     * Sets the user's security question, replacing the one they had.
     *
     * @throws IllegalArgumentException when the question is not one of {@link SecurityQuestions#KEYS}
     */
    public SecurityQuestionCredentialModel setUp(
            RealmModel realm, UserModel user, String questionKey, SecurityQuestionAnswer answer) {
        if (!SecurityQuestions.isAllowed(questionKey)) {
            throw new IllegalArgumentException("Not an allowed security question: " + questionKey);
        }
        SecurityQuestionCredentialModel credential = hasher.hash(questionKey, answer, passwordPolicy(realm));
        createCredential(realm, user, credential);
        return credential;
    }

    /** Stores the credential as the user's only security question: an existing one is overwritten in place. */
    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, SecurityQuestionCredentialModel model) {
        model.setCreatedDate(Time.currentTimeMillis());
        List<CredentialModel> existing = user.credentialManager()
                .getStoredCredentialsByTypeStream(getType())
                .toList();
        if (existing.isEmpty()) {
            return user.credentialManager().createStoredCredential(model);
        }
        model.setId(existing.get(0).getId());
        model.setUserLabel(existing.get(0).getUserLabel());
        user.credentialManager().updateStoredCredential(model);
        // one per user: anything beyond the first (e.g. an admin import) goes
        existing.stream().skip(1).forEach(extra -> user.credentialManager().removeStoredCredentialById(extra.getId()));
        return model;
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public SecurityQuestionCredentialModel getCredentialFromModel(CredentialModel model) {
        return SecurityQuestionCredentialModel.createFromCredentialModel(model);
    }

    /** The user's security question, for an authenticator to ask it. */
    public Optional<SecurityQuestionCredentialModel> find(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(getType())
                .findFirst()
                .map(this::getCredentialFromModel);
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return getType().equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType)
                && user.credentialManager()
                        .getStoredCredentialsByTypeStream(credentialType)
                        .findAny()
                        .isPresent();
    }

    /**
     * Normalizes the typed answer and verifies it against the stored hash; the credential is the one named by the
     * input's credential id, or the user's only security question. A right answer whose hash no longer follows the
     * realm's password policy is hashed again under it, as Keycloak does for passwords.
     */
    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (input == null || !supportsCredentialType(input.getType())) {
            return false;
        }
        Optional<SecurityQuestionAnswer> typed = SecurityQuestionAnswer.parse(input.getChallengeResponse());
        if (typed.isEmpty()) {
            // no stored answer can be empty or out of bounds: nothing to hash
            return false;
        }
        Optional<SecurityQuestionCredentialModel> stored = stored(user, input.getCredentialId());
        if (stored.isEmpty() || !hasher.matches(stored.get(), typed.get())) {
            return false;
        }
        hasher.rehashIfPolicyChanged(stored.get(), typed.get(), passwordPolicy(realm))
                .ifPresent(rehashed -> replaceHash(user, stored.get(), rehashed));
        return true;
    }

    /**
     * Stores the new hash of the same answer under the same credential: the id, label and date the answer was set
     * stay, so this is no change of the customer's credentials (no event, no notification).
     */
    private static void replaceHash(
            UserModel user, SecurityQuestionCredentialModel stored, SecurityQuestionCredentialModel rehashed) {
        rehashed.setId(stored.getId());
        rehashed.setUserLabel(stored.getUserLabel());
        rehashed.setCreatedDate(stored.getCreatedDate());
        user.credentialManager().updateStoredCredential(rehashed);
    }

    private static PasswordPolicy passwordPolicy(RealmModel realm) {
        PasswordPolicy policy = realm == null ? null : realm.getPasswordPolicy();
        return policy == null ? PasswordPolicy.empty() : policy;
    }

    private Optional<SecurityQuestionCredentialModel> stored(UserModel user, String credentialId) {
        if (credentialId == null || credentialId.isBlank()) {
            return find(user);
        }
        return Optional.ofNullable(user.credentialManager().getStoredCredentialById(credentialId))
                .filter(this::supportsCredentialType)
                .map(this::getCredentialFromModel);
    }

    /**
     * Listed in the account console's basic category beside the password, whose recovery it guards (the sportello
     * account theme names that category "Password and account recovery"): it is an extra check after the emailed
     * reset link, never a way to sign in nor a second factor, and Keycloak's categories are a closed enum with no
     * recovery entry. One per user, so "set up" until there is one and "update" afterwards, both through the same
     * required action.
     */
    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        CredentialTypeMetadata.CredentialTypeMetadataBuilder builder = CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.BASIC_AUTHENTICATION)
                .displayName(SecurityQuestionMessages.DISPLAY_NAME)
                .helpText(SecurityQuestionMessages.HELP_TEXT)
                .iconCssClass(CredentialTypeMetadata.DEFAULT_ICON_CSS_CLASS)
                .removeable(true);
        UserModel user = metadataContext.getUser();
        if (user != null && user.credentialManager().isConfiguredFor(getType())) {
            builder.updateAction(SecurityQuestionRequiredActionFactory.PROVIDER_ID);
        } else {
            builder.createAction(SecurityQuestionRequiredActionFactory.PROVIDER_ID);
        }
        return builder.build(session);
    }
}
