package it.sportello.keycloak.sms;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/** The text of an SMS, in the user's language, from the login theme's messages (realm overrides included). */
public final class SmsTexts {

    private SmsTexts() {}

    public static String format(
            KeycloakSession session, RealmModel realm, UserModel user, String key, Object... parameters) {
        Locale locale = session.getContext().resolveLocale(user);
        String pattern;
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty(key);
        } catch (IOException e) {
            pattern = null;
        }
        // without its text the SMS still carries what matters: the first parameter, the code
        return new MessageFormat(pattern == null ? "{0}" : pattern, locale).format(parameters);
    }
}
