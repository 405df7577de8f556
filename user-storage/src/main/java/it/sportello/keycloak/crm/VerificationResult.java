package it.sportello.keycloak.crm;

/**
 * Outcome of {@link Customers#verify(CustomerCode, it.sportello.keycloak.taxid.TaxId, String)}. There is one failure value on purpose: callers
 * must not reveal whether the code exists.
 */
public enum VerificationResult {
    MATCH,
    NO_MATCH;

    public boolean matched() {
        return this == MATCH;
    }
}
