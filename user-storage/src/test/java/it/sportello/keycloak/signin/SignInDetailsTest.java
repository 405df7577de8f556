package it.sportello.keycloak.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInDetailsTest {

    @Test
    void browserFamilyAndSystemWithoutVersions() {
        assertThat(SignInDetails.browser("Chrome/120.0.6099", "Linux")).isEqualTo("Chrome, Linux");
        assertThat(SignInDetails.browser("Firefox", "Windows")).isEqualTo("Firefox, Windows");
    }

    @Test
    void unknownPartsAreLeftOut() {
        assertThat(SignInDetails.browser("Other", "Mac OS X")).isEqualTo("Mac OS X");
        assertThat(SignInDetails.browser("Safari/17.1", "Other")).isEqualTo("Safari");
        assertThat(SignInDetails.browser(null, " ")).isNull();
        assertThat(SignInDetails.browser("Other/0", "Other")).isNull();
    }

    @Test
    void longNamesAreCut() {
        assertThat(SignInDetails.browser("x".repeat(300), null)).hasSize(40);
    }
}
