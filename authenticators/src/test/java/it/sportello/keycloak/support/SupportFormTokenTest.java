package it.sportello.keycloak.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SupportFormTokenTest {

    private static final URI BASE = URI.create("https://sso.example.com/");

    @Test
    void generatedTokensAreWellFormedAndDistinct() {
        String one = SupportFormToken.generate();
        String two = SupportFormToken.generate();

        assertThat(SupportFormToken.wellFormed(one)).contains(one);
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void matchesOnlyTheSameWellFormedToken() {
        String token = SupportFormToken.generate();

        assertThat(SupportFormToken.matches(token, token)).isTrue();
        assertThat(SupportFormToken.matches(token, SupportFormToken.generate())).isFalse();
        assertThat(SupportFormToken.matches(null, token)).isFalse();
        assertThat(SupportFormToken.matches(token, null)).isFalse();
        assertThat(SupportFormToken.matches("x", "x")).as("not a token").isFalse();
    }

    @Test
    void originMustBeThisServerWhenNamed() {
        assertThat(SupportFormToken.originAllowed(null, BASE)).isTrue();
        assertThat(SupportFormToken.originAllowed("null", BASE))
                .as("Referrer-Policy: no-referrer")
                .isTrue();
        assertThat(SupportFormToken.originAllowed("https://SSO.example.com", BASE))
                .isTrue();
        assertThat(SupportFormToken.originAllowed(
                        "https://sso.example.com:443", URI.create("https://sso.example.com:443/")))
                .isTrue();
        assertThat(SupportFormToken.originAllowed("https://evil.example", BASE)).isFalse();
        assertThat(SupportFormToken.originAllowed("http://sso.example.com", BASE))
                .isFalse();
        assertThat(SupportFormToken.originAllowed("http://localhost:8080", URI.create("http://localhost:8080/")))
                .isTrue();
        assertThat(SupportFormToken.originAllowed("http://localhost:8081", URI.create("http://localhost:8080/")))
                .isFalse();
    }

    @Test
    void cookieIsSecureOverHttpsOnly() {
        assertThat(SupportFormToken.secure(URI.create("https://sso.example.com/realms/r/sportello-support")))
                .isTrue();
        assertThat(SupportFormToken.secure(URI.create("http://localhost:8080/realms/r/sportello-support")))
                .isFalse();
    }
}
