package it.sportello.keycloak.portal;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * Message texts in the caller's language, from the realm's login theme (which carries the jar's
 * {@code theme-resources/messages} and Keycloak's own validation messages) with the realm's localization overrides.
 * The language and the texts are worked out at their first use only: resolving the language reads the user, the
 * cookies and the Accept-Language header, and the theme's messages merged with the realm's overrides are a new copy
 * of a few thousand entries each time, which most calls (a successful read) never use.
 */
public final class PortalLocalizer {

    private final Supplier<Locale> localeSource;
    private final Function<Locale, Properties> messageSource;
    private Locale locale;
    private Properties messages;

    PortalLocalizer(Locale locale, Properties messages) {
        this(() -> locale, language -> messages);
    }

    private PortalLocalizer(Supplier<Locale> localeSource, Function<Locale, Properties> messageSource) {
        this.localeSource = localeSource;
        this.messageSource = messageSource;
    }

    public static PortalLocalizer of(KeycloakSession session, RealmModel realm, Locale locale) {
        return of(session, realm, () -> locale);
    }

    /** @param locale the caller's language, asked for at the first use */
    public static PortalLocalizer of(KeycloakSession session, RealmModel realm, Supplier<Locale> locale) {
        return new PortalLocalizer(locale, language -> {
            try {
                Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
                return theme.getEnhancedMessages(realm, language);
            } catch (IOException e) {
                return new Properties();
            }
        });
    }

    public Locale locale() {
        if (locale == null) {
            locale = localeSource.get();
        }
        return locale;
    }

    /** The text of the key with its parameters; the key itself when the bundles do not have it. */
    public String text(String key, List<?> parameters) {
        if (messages == null) {
            messages = messageSource.apply(locale());
        }
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return key;
        }
        // always through MessageFormat, as Keycloak does: the bundles write apostrophes as ''
        return new MessageFormat(pattern, locale()).format(parameters.toArray());
    }

    public String text(String key) {
        return text(key, List.of());
    }
}
