package it.sportello.keycloak.portal.supplypoints;

import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.portal.AddressJson;

/** Schema {@code SupplyPoint}: one of the caller's supply points. */
public record SupplyPointJson(
        long id, String commodity, String code, AddressJson address, String meterType, boolean hasCorrector) {

    static SupplyPointJson of(SupplyPointRecord point) {
        return new SupplyPointJson(
                point.id(),
                point.commodity().name(),
                point.code(),
                AddressJson.of(point.address()),
                point.meterType(),
                point.hasCorrector());
    }
}
