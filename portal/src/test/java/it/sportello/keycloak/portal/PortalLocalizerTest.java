package it.sportello.keycloak.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.ThemeManager;
import org.keycloak.theme.Theme;

/** The language and the theme's messages are worked out only when a text is asked for, and then once per request. */
class PortalLocalizerTest {

    @Test
    void messagesReadAtTheFirstTextOnlyAndOnce() throws Exception {
        KeycloakSession session = mock(KeycloakSession.class);
        ThemeManager themes = mock(ThemeManager.class);
        Theme theme = mock(Theme.class);
        RealmModel realm = mock(RealmModel.class);
        Properties messages = new Properties();
        messages.setProperty("greeting", "Ciao {0}");
        when(session.theme()).thenReturn(themes);
        when(themes.getTheme(Theme.Type.LOGIN)).thenReturn(theme);
        when(theme.getEnhancedMessages(realm, Locale.ITALIAN)).thenReturn(messages);

        AtomicInteger resolved = new AtomicInteger();

        PortalLocalizer localizer = PortalLocalizer.of(session, realm, () -> {
            resolved.incrementAndGet();
            return Locale.ITALIAN;
        });

        // a successful call that never writes a text neither resolves the language nor copies the theme's messages
        assertThat(resolved).hasValue(0);
        verifyNoInteractions(session, themes, theme);
        assertThat(localizer.text("greeting", List.of("Maria"))).isEqualTo("Ciao Maria");
        assertThat(localizer.text("missing")).isEqualTo("missing");
        assertThat(localizer.locale()).isEqualTo(Locale.ITALIAN);
        verify(theme, times(1)).getEnhancedMessages(realm, Locale.ITALIAN);
        assertThat(resolved).hasValue(1);
    }
}
