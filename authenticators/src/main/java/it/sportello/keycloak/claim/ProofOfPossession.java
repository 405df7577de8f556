package it.sportello.keycloak.claim;

/**
 * What the verify step asks besides customer code and tax ID, chosen per realm: both of those are printed on every
 * invoice, and a company's partita IVA is public, so on their own they prove nothing. The number of one of the
 * customer's recent invoices reaches only the holder of the supply.
 */
enum ProofOfPossession {
    /** The number of one of the customer's invoices issued in the last 12 months. */
    INVOICE_NUMBER("invoice-number"),
    /** Code and tax ID only: no address on the summary, and no activation to a typed email. */
    OFF("off");

    private final String configValue;

    ProofOfPossession(String configValue) {
        this.configValue = configValue;
    }

    String configValue() {
        return configValue;
    }

    /** Anything but an explicit "off" asks the proof: a typo in the setting must not switch it off. */
    static ProofOfPossession of(String value) {
        return OFF.configValue.equals(value == null ? null : value.trim()) ? OFF : INVOICE_NUMBER;
    }
}
