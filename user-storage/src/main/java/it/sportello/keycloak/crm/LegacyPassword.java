package it.sportello.keycloak.crm;

/** A legacy portal password hash; {@link #toString()} never shows the hash. */
public record LegacyPassword(LegacyPasswordAlgorithm algorithm, String hash) {

    @Override
    public String toString() {
        return "LegacyPassword[algorithm=" + algorithm + "]";
    }
}
