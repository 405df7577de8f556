package it.sportello.keycloak.recovery;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.utils.FormMessage;

/**
 * The choose-user page's form, read and checked before any lookup: one field, customer code or email. A bad field gets
 * its own message, which depends only on what was typed.
 */
final class ResetChooseUserForm {

    /** Keycloak's name for the field, so browsers and password managers fill it as a username. */
    static final String IDENTIFIER = "username";

    private final RecoveryIdentifier identifier;
    private final String echo;
    private final List<FormMessage> errors;

    private ResetChooseUserForm(RecoveryIdentifier identifier, String echo, List<FormMessage> errors) {
        this.identifier = identifier;
        this.echo = echo;
        this.errors = errors;
    }

    static ResetChooseUserForm read(MultivaluedMap<String, String> form) {
        String raw = form.getFirst(IDENTIFIER);
        String trimmed = raw == null ? "" : raw.strip();
        // what fits the field is shown again; longer input is not worth echoing
        String echo = trimmed.length() <= RecoveryIdentifier.MAX_LENGTH ? trimmed : "";
        if (trimmed.isEmpty()) {
            return new ResetChooseUserForm(
                    null, echo, List.of(new FormMessage(IDENTIFIER, RecoveryMessages.IDENTIFIER_REQUIRED)));
        }
        Optional<RecoveryIdentifier> identifier = RecoveryIdentifier.parse(trimmed);
        if (identifier.isEmpty()) {
            return new ResetChooseUserForm(
                    null, echo, List.of(new FormMessage(IDENTIFIER, RecoveryMessages.IDENTIFIER_INVALID)));
        }
        return new ResetChooseUserForm(identifier.get(), echo, List.of());
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    /** True when the field was left empty (Keycloak's {@code username_missing} event error). */
    boolean isMissing() {
        return errors.stream().anyMatch(error -> RecoveryMessages.IDENTIFIER_REQUIRED.equals(error.getMessage()));
    }

    List<FormMessage> errors() {
        return errors;
    }

    RecoveryIdentifier identifier() {
        return identifier;
    }

    /** The trimmed input to show in the field again, or empty. */
    String echo() {
        return echo;
    }
}
