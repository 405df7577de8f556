package it.sportello.keycloak.taxid;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which kinds of tax ID a validator accepts, and the message for input that is not one of them. The lower-case names
 * are the values of the {@code kinds} option as the admin console shows and stores them.
 */
enum AcceptedTaxIdKinds {
    BOTH(Set.of(TaxId.Kind.CODICE_FISCALE_PERSON, TaxId.Kind.PARTITA_IVA), TaxIdMessages.INVALID_FORMAT),
    PERSON(Set.of(TaxId.Kind.CODICE_FISCALE_PERSON), TaxIdMessages.INVALID_FORMAT_PERSON),
    COMPANY(Set.of(TaxId.Kind.PARTITA_IVA), TaxIdMessages.INVALID_FORMAT_COMPANY);

    private final Set<TaxId.Kind> kinds;
    private final String formatMessage;

    AcceptedTaxIdKinds(Set<TaxId.Kind> kinds, String formatMessage) {
        this.kinds = kinds;
        this.formatMessage = formatMessage;
    }

    String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AcceptedTaxIdKinds> fromConfigValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim();
        for (AcceptedTaxIdKinds candidate : values()) {
            if (candidate.configValue().equalsIgnoreCase(wanted)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The message key that rejects the parsed input, or empty when it is accepted. Input shaped like a kind that is not
     * accepted gets the format message of the accepted kinds, whatever else is wrong with it: telling a person-only
     * field's user that their partita IVA has a wrong check digit would only mislead.
     */
    Optional<String> rejection(TaxIdParseResult result) {
        Optional<TaxId.Kind> detected = result.detectedKind();
        if (detected.isPresent() && !kinds.contains(detected.get())) {
            return Optional.of(formatMessage);
        }
        return result.error().map(error -> error == TaxIdError.INVALID_FORMAT ? formatMessage : error.messageKey());
    }
}
