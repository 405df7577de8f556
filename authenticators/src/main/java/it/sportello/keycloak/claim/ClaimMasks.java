package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the claiming pages show of a customer's contact data: enough for the holder to recognise it, too little for a
 * stranger to learn it. A street keeps its kind ("Via"), the initial of its name and the house number, then the town;
 * an email keeps its first character and its domain.
 */
public final class ClaimMasks {

    private ClaimMasks() {}

    /** "Via Indipendenza 12", Bologna → "Via I. 12, Bologna"; null when there is nothing to show. */
    public static String address(Address address) {
        if (address == null || address.street() == null || address.street().isBlank()) {
            return address == null || address.city() == null || address.city().isBlank()
                    ? null
                    : address.city().strip();
        }
        String[] words = address.street().strip().split("\\s+");
        long names = java.util.Arrays.stream(words).filter(w -> !hasDigit(w)).count();
        List<String> masked = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (hasDigit(word) || (i == 0 && names > 1)) {
                // the house number, and the kind of street when a name follows it
                masked.add(word);
            } else {
                masked.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + ".");
            }
        }
        String street = String.join(" ", masked);
        return address.city() == null || address.city().isBlank()
                ? street
                : street + ", " + address.city().strip();
    }

    /** "contatti@luceverde.example" → "c***@luceverde.example"; null stays null. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}
