package it.sportello.keycloak.crm;

/** A postal address as the CRM stores it; every part may be null. */
public record Address(String street, String postalCode, String city, String province) {}
