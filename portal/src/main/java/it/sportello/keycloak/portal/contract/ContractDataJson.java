package it.sportello.keycloak.portal.contract;

import it.sportello.keycloak.crm.SupplyContract;

/** Schema {@code ContractData}: the contract and the meter of a supply point, each null when the CRM has none. */
public record ContractDataJson(ContractJson contract, MeterJson meter) {

    static ContractDataJson of(SupplyContract data) {
        return new ContractDataJson(
                data.contract().map(ContractJson::of).orElse(null),
                data.meter().map(MeterJson::of).orElse(null));
    }
}
