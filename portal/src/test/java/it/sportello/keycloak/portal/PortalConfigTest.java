package it.sportello.keycloak.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;

/** Which access tokens the portal API accepts: issued to a listed client, or carrying the portal's audience. */
class PortalConfigTest {

    private final PortalConfig defaults = PortalConfig.defaults();

    @Test
    void tokensOfPortalWebAndOfTheAccountConsoleAreAcceptedByDefault() {
        assertThat(defaults.acceptsToken(token("portal-web"))).isTrue();
        assertThat(defaults.acceptsToken(token("account-console"))).isTrue();
    }

    @Test
    void tokenOfAnotherClientIsRefusedEvenWithAnotherAudience() {
        assertThat(defaults.acceptsToken(token("admin-cli"))).isFalse();
        assertThat(defaults.acceptsToken(token("partner-app", "account"))).isFalse();
        assertThat(defaults.acceptsToken(token(null))).isFalse();
        assertThat(defaults.acceptsToken(null)).isFalse();
    }

    @Test
    void tokenOfAnotherClientWithThePortalAudienceIsAccepted() {
        assertThat(defaults.acceptsToken(token("partner-app", "account", "sportello-portal")))
                .isTrue();
    }

    @Test
    void withoutAnAudienceOnlyTheListedClientsAreAccepted() {
        PortalConfig listOnly = config(Set.of("portal-web"), null);

        assertThat(listOnly.acceptsToken(token("partner-app", "sportello-portal")))
                .isFalse();
        assertThat(listOnly.acceptsToken(token("account-console"))).isFalse();
        assertThat(listOnly.acceptsToken(token("portal-web"))).isTrue();
    }

    @Test
    void clientListIsCommaSeparatedWithBlanksDropped() {
        assertThat(PortalConfig.clientList(" portal-web, ,account-console ,"))
                .containsExactlyInAnyOrder("portal-web", "account-console");
        assertThat(PortalConfig.clientList(null)).isEmpty();
    }

    @Test
    void noClientAndNoAudienceIsAContradiction() {
        assertThatThrownBy(() -> config(Set.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PortalConfig config(Set<String> clients, String audience) {
        return new PortalConfig(null, false, 1024, BigDecimal.TEN, ZoneId.of("Europe/Rome"), clients, audience, null);
    }

    private static AccessToken token(String issuedFor, String... audience) {
        AccessToken token = new AccessToken();
        token.issuedFor(issuedFor);
        if (audience.length > 0) {
            token.audience(audience);
        }
        return token;
    }
}
