package it.sportello.keycloak.portal;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * Message texts in the caller's language, from the realm's login theme (which carries the jar's
 * {@code theme-resources/messages} and Keycloak's own validation messages) with the realm's localization overrides.
 */
public final class PortalLocalizer {

    private final Locale locale;
    private final Properties messages;

    PortalLocalizer(Locale locale, Properties messages) {
        this.locale = locale;
        this.messages = messages;
    }

    public static PortalLocalizer of(KeycloakSession session, RealmModel realm, Locale locale) {
        try {
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            return new PortalLocalizer(locale, theme.getEnhancedMessages(realm, locale));
        } catch (IOException e) {
            return new PortalLocalizer(locale, new Properties());
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The text of the key with its parameters; the key itself when the bundles do not have it. */
    public String text(String key, List<?> parameters) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return key;
        }
        // always through MessageFormat, as Keycloak does: the bundles write apostrophes as ''
        return new MessageFormat(pattern, locale).format(parameters.toArray());
    }

    public String text(String key) {
        return text(key, List.of());
    }
}
