package it.sportello.keycloak.portal;

/** Schema {@code FieldError}: what is wrong with one input field, localized. */
public record FieldErrorJson(String field, String message) {}
