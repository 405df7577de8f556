package it.sportello.keycloak.sms;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.models.KeycloakSession;
import org.keycloak.vault.VaultStringSecret;

/**
 * Fills the {@code ${vault.<key>}} (or {@code {{vault.<key>}}}) references of a sender's settings from the realm's vault, at each send, so that a
 * gateway token lives in the vault and never in a server option, the realm or its export. A missing entry is a
 * {@link SmsDeliveryException.Reason#NOT_CONFIGURED}; the key is named in the exception, the value never.
 */
public final class SmsSecrets {

    /**
     * {@code ${vault.<key>}}, Keycloak's own form, or {@code {{vault.<key>}}}, the same for server options: Keycloak's
     * configuration would expand a {@code ${...}} in an option itself, at start, before any realm exists.
     */
    private static final Pattern REFERENCE =
            Pattern.compile("\\$\\{vault\\.([A-Za-z0-9_.-]{1,128})}|\\{\\{vault\\.([A-Za-z0-9_.-]{1,128})}}");

    private final Function<String, Optional<String>> vault;

    /** @param vault a vault key to its value */
    public SmsSecrets(Function<String, Optional<String>> vault) {
        this.vault = vault;
    }

    /** The current realm's vault of {@code session}. */
    public static SmsSecrets of(KeycloakSession session) {
        return new SmsSecrets(key -> {
            try (VaultStringSecret secret = session.vault().getStringSecret("${vault." + key + "}")) {
                return secret.get();
            }
        });
    }

    /** The value of one vault key. */
    String secret(String provider, String key) throws SmsDeliveryException {
        Optional<String> value = vault.apply(key);
        if (value.isEmpty() || value.get().isEmpty()) {
            throw new SmsDeliveryException(provider, SmsDeliveryException.Reason.NOT_CONFIGURED, 0);
        }
        return value.get();
    }

    /** {@code template} with each {@code ${vault.<key>}} replaced by the entry's value. */
    String resolve(String provider, String template) throws SmsDeliveryException {
        Matcher matcher = REFERENCE.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(secret(provider, key)));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
