package it.sportello.keycloak.recovery;

import it.sportello.keycloak.taxid.TaxId;
import it.sportello.keycloak.taxid.TaxIdError;
import it.sportello.keycloak.taxid.TaxIdParseResult;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.utils.FormMessage;

/**
 * The choose-user page's form, read and checked before any lookup: customer code or email, and with {@code askTaxId}
 * the account holder's tax ID. A bad field gets its own message, which depends only on what was typed.
 */
final class ResetChooseUserForm {

    /** Keycloak's name for the field, so browsers and password managers fill it as a username. */
    static final String IDENTIFIER = "username";
    /** The optional second field ({@code askTaxId}); never echoed back. */
    static final String TAX_ID = "taxId";
    /** The channel radio when SMS or the backup address is offered: {@code email} (the default), {@code sms}, ... */
    static final String CHANNEL = "channel";

    static final String CHANNEL_SMS = ResetChannel.CHANNEL_SMS;

    private final RecoveryIdentifier identifier;
    private final String echo;
    private final List<FormMessage> errors;
    private final TaxId taxId;

    private ResetChooseUserForm(RecoveryIdentifier identifier, String echo, List<FormMessage> errors) {
        this(identifier, echo, errors, null);
    }

    private ResetChooseUserForm(RecoveryIdentifier identifier, String echo, List<FormMessage> errors, TaxId taxId) {
        this.identifier = identifier;
        this.echo = echo;
        this.errors = errors;
        this.taxId = taxId;
    }

    /** The form with the tax ID as second field when {@code askTaxId} is on; its format is checked like the claim's. */
    static ResetChooseUserForm read(MultivaluedMap<String, String> form, boolean askTaxId) {
        ResetChooseUserForm first = read(form);
        if (!askTaxId) {
            return first;
        }
        TaxIdParseResult parsed = TaxId.parse(form.getFirst(TAX_ID));
        if (parsed.taxId().isPresent()) {
            return new ResetChooseUserForm(
                    first.identifier, first.echo, first.errors, parsed.taxId().get());
        }
        List<FormMessage> errors = new ArrayList<>(first.errors);
        errors.add(new FormMessage(
                TAX_ID, parsed.error().orElse(TaxIdError.INVALID_FORMAT).messageKey()));
        return new ResetChooseUserForm(null, first.echo, List.copyOf(errors));
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

    /**
     * The channel the visitor chose among those the page offers; anything else, a channel the page does not offer
     * included, is the emailed link to the primary address.
     */
    static String channel(MultivaluedMap<String, String> form, boolean offerSms, boolean offerRecoveryEmail) {
        String chosen = form.getFirst(CHANNEL);
        if (offerSms && ResetChannel.CHANNEL_SMS.equals(chosen)) {
            return ResetChannel.CHANNEL_SMS;
        }
        if (offerRecoveryEmail && ResetChannel.CHANNEL_RECOVERY_EMAIL.equals(chosen)) {
            return ResetChannel.CHANNEL_RECOVERY_EMAIL;
        }
        return ResetChannel.CHANNEL_EMAIL;
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

    /** The typed tax ID, when the page asks it and it is well-formed; null otherwise. */
    TaxId taxId() {
        return taxId;
    }

    RecoveryIdentifier identifier() {
        return identifier;
    }

    /** The trimmed input to show in the field again, or empty. */
    String echo() {
        return echo;
    }
}
