package it.sportello.keycloak.securityquestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.mockito.ArgumentCaptor;

/** The provider over a mocked user credential store, with Keycloak's real PBKDF2 hash providers. */
class SecurityQuestionCredentialProviderTest {

    private static final String TYPE = SecurityQuestionCredentialModel.TYPE;

    private SecurityQuestionHasher hasher;
    private SecurityQuestionCredentialProvider provider;
    private UserModel user;

    @BeforeEach
    void setUp() throws Exception {
        hasher = JcaCrypto.hasher();
        // no session: metadata (which needs the realm's required actions) is covered by the integration tests
        provider = new SecurityQuestionCredentialProvider(null, hasher);
        user = mock(UserModel.class, RETURNS_DEEP_STUBS);
    }

    @Test
    void isValidWhenAnswerTypedDifferentlyButSameThenTrue() {
        stored("c-1", SecurityQuestions.MOTHER_MAIDEN_NAME, "D’Angelo");

        assertThat(provider.isValid(null, user, input(null, "dangelo"))).isFalse();
        assertThat(provider.isValid(null, user, input(null, "D ANGELO"))).isTrue();
        assertThat(provider.isValid(null, user, input(null, "d’àngelo"))).isTrue();
    }

    @Test
    void isValidWhenWrongAnswerThenFalse() {
        stored("c-1", SecurityQuestions.MOTHER_MAIDEN_NAME, "D’Angelo");

        assertThat(provider.isValid(null, user, input(null, "Esposito"))).isFalse();
    }

    @Test
    void isValidWhenAnswerOutOfBoundsThenFalseWithoutLookingUpTheCredential() {
        assertThat(provider.isValid(null, user, input(null, "ab"))).isFalse();
        assertThat(provider.isValid(null, user, input(null, null))).isFalse();

        verify(user, never()).credentialManager();
    }

    @Test
    void isValidWhenNoSecurityQuestionStoredThenFalse() {
        when(user.credentialManager().getStoredCredentialsByTypeStream(TYPE)).thenAnswer(call -> Stream.empty());

        assertThat(provider.isValid(null, user, input(null, "D’Angelo"))).isFalse();
    }

    @Test
    void isValidWhenOtherCredentialTypeThenFalse() {
        assertThat(provider.isValid(null, user, UserCredentialModel.password("D’Angelo")))
                .isFalse();
    }

    @Test
    void isValidWhenCredentialIdGivenThenThatCredential() {
        CredentialModel credential = hashed("c-9", SecurityQuestions.FIRST_CAR, "Fiat Panda");
        when(user.credentialManager().getStoredCredentialById("c-9")).thenReturn(credential);

        assertThat(provider.isValid(null, user, input("c-9", "fiat panda"))).isTrue();
    }

    @Test
    void isValidWhenCredentialIdOfAnotherTypeThenFalse() {
        CredentialModel password =
                PasswordCredentialModel.createFromValues("pbkdf2-sha512", new byte[16], 1, "aGFzaA==");
        when(user.credentialManager().getStoredCredentialById("p-1")).thenReturn(password);

        assertThat(provider.isValid(null, user, input("p-1", "Fiat Panda"))).isFalse();
    }

    @Test
    void isValidWhenAnswerStoredBeforeThePolicyThenRightAndRehashedUnderTheRealmPolicyInPlace() throws Exception {
        SecurityQuestionCredentialModel old = SecurityQuestionHasherTest.storedAsBefore("Sant’Agata");
        when(user.credentialManager().getStoredCredentialsByTypeStream(TYPE)).thenAnswer(call -> Stream.of(old));
        RealmModel realm = realmWithPolicy(JcaCrypto.policy(JcaCrypto.PBKDF2_SHA256, 1_500));

        assertThat(provider.isValid(realm, user, input(null, "sant agata"))).isTrue();

        ArgumentCaptor<CredentialModel> updated = ArgumentCaptor.forClass(CredentialModel.class);
        verify(user.credentialManager()).updateStoredCredential(updated.capture());
        SecurityQuestionCredentialModel rehashed =
                SecurityQuestionCredentialModel.createFromCredentialModel(updated.getValue());
        assertThat(rehashed.getId()).isEqualTo("c-old");
        assertThat(rehashed.getCreatedDate()).isEqualTo(1_700_000_000_000L);
        assertThat(rehashed.getQuestionKey()).isEqualTo(SecurityQuestions.FIRST_SCHOOL);
        assertThat(rehashed.hashAlgorithm()).isEqualTo(JcaCrypto.PBKDF2_SHA256);
        assertThat(hasher.matches(
                        rehashed, SecurityQuestionAnswer.parse("Sant’Agata").orElseThrow()))
                .isTrue();
    }

    @Test
    void isValidWhenWrongAnswerToAnOldHashThenFalseAndNothingRewritten() throws Exception {
        SecurityQuestionCredentialModel old = SecurityQuestionHasherTest.storedAsBefore("Sant’Agata");
        when(user.credentialManager().getStoredCredentialsByTypeStream(TYPE)).thenAnswer(call -> Stream.of(old));
        RealmModel realm = realmWithPolicy(JcaCrypto.policy(JcaCrypto.PBKDF2_SHA256, 1_500));

        assertThat(provider.isValid(realm, user, input(null, "Santa Agata"))).isFalse();

        verify(user.credentialManager(), never()).updateStoredCredential(any());
    }

    @Test
    void isValidWhenHashFollowsTheRealmPolicyThenNothingRewritten() {
        stored("c-1", SecurityQuestions.MOTHER_MAIDEN_NAME, "D’Angelo");

        assertThat(provider.isValid(realmWithPolicy(PasswordPolicy.empty()), user, input(null, "D ANGELO")))
                .isTrue();

        verify(user.credentialManager(), never()).updateStoredCredential(any());
    }

    @Test
    void setUpWhenRealmPolicyNamesAnAlgorithmThenAnswerHashedWithIt() {
        when(user.credentialManager().getStoredCredentialsByTypeStream(TYPE)).thenAnswer(call -> Stream.empty());

        SecurityQuestionCredentialModel created = provider.setUp(
                realmWithPolicy(JcaCrypto.policy(JcaCrypto.PBKDF2_SHA256, 1_500)),
                user,
                SecurityQuestions.FIRST_CAR,
                SecurityQuestionAnswer.parse("Fiat Panda").orElseThrow());

        assertThat(created.hashAlgorithm()).isEqualTo(JcaCrypto.PBKDF2_SHA256);
        assertThat(created.hashedAnswer().getPasswordCredentialData().getHashIterations())
                .isEqualTo(1_500);
    }

    @Test
    void setUpWhenUserHasNoneThenCreatedWithQuestionAndHash() {
        when(user.credentialManager().getStoredCredentialsByTypeStream(TYPE)).thenAnswer(call -> Stream.empty());

        SecurityQuestionCredentialModel created = provider.setUp(
                null,
                user,
                SecurityQuestions.FIRST_CAR,
                SecurityQuestionAnswer.parse("Fiat Panda").orElseThrow());

        verify(user.credentialManager()).createStoredCredential(created);
        assertThat(created.getQuestionKey()).isEqualTo(SecurityQuestions.FIRST_CAR);
        assertThat(created.getCreatedDate()).isNotNull();
    }

    @Test
    void setUpWhenUserHasOneThenReplacedInPlace() {
        CredentialModel old = stored("c-1", SecurityQuestions.MOTHER_MAIDEN_NAME, "D’Angelo");

        SecurityQuestionCredentialModel replaced = provider.setUp(
                null,
                user,
                SecurityQuestions.FIRST_CAR,
                SecurityQuestionAnswer.parse("Fiat Panda").orElseThrow());

        assertThat(replaced.getId()).isEqualTo(old.getId());
        verify(user.credentialManager()).updateStoredCredential(replaced);
        verify(user.credentialManager(), never()).createStoredCredential(any());
    }

    @Test
    void setUpWhenQuestionNotOnTheListThenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> provider.setUp(
                        null,
                        user,
                        "What is my password?",
                        SecurityQuestionAnswer.parse("secret").orElseThrow()));
    }

    @Test
    void findWhenStoredThenQuestionKey() {
        stored("c-1", SecurityQuestions.MOTHER_MAIDEN_NAME, "D’Angelo");

        assertThat(provider.find(user))
                .get()
                .extracting(SecurityQuestionCredentialModel::getQuestionKey)
                .isEqualTo(SecurityQuestions.MOTHER_MAIDEN_NAME);
    }

    private CredentialModel stored(String id, String questionKey, String answer) {
        CredentialModel credential = hashed(id, questionKey, answer);
        when(user.credentialManager().getStoredCredentialsByTypeStream(TYPE)).thenAnswer(call -> Stream.of(credential));
        return credential;
    }

    private CredentialModel hashed(String id, String questionKey, String answer) {
        SecurityQuestionCredentialModel credential =
                hasher.hash(questionKey, SecurityQuestionAnswer.parse(answer).orElseThrow(), PasswordPolicy.empty());
        credential.setId(id);
        return credential;
    }

    private static RealmModel realmWithPolicy(PasswordPolicy policy) {
        RealmModel realm = mock(RealmModel.class);
        when(realm.getPasswordPolicy()).thenReturn(policy);
        return realm;
    }

    private static UserCredentialModel input(String credentialId, String answer) {
        return new UserCredentialModel(credentialId, TYPE, answer);
    }
}
