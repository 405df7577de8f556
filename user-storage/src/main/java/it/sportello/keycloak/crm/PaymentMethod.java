package it.sportello.keycloak.crm;

/** How a supply contract's invoices are paid (column {@code modalita_pagamento}). */
public enum PaymentMethod {
    /** SEPA direct debit: the contract carries the mandate and its IBAN. */
    SEPA,
    /** Postal payment slip. */
    BOLLETTINO,
    /** Bank transfer. */
    BONIFICO,
    /** A value this version does not know. */
    OTHER
}
