package it.sportello.keycloak.crm;

/**
 * A point where a commodity is delivered to a customer.
 *
 * @param code POD (electricity, e.g. IT001E12345678), PDR (gas, 14 digits) or the water meter code
 * @param hasCorrector whether a gas volume corrector is fitted, so readings carry a corrector value
 */
public record SupplyPointRecord(
        long id,
        String customerCode,
        Commodity commodity,
        String code,
        Address address,
        String meterType,
        boolean hasCorrector) {}
