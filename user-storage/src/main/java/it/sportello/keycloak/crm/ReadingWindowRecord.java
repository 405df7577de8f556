package it.sportello.keycloak.crm;

/**
 * The days of the month (inclusive, 1 to 31) in which self-readings of a commodity are accepted. A window whose
 * {@code fromDay} is after its {@code toDay} runs over the end of the month into the next one.
 */
public record ReadingWindowRecord(Commodity commodity, int fromDay, int toDay) {}
