package it.sportello.keycloak.crm;

import java.util.Optional;

/** What the CRM knows of a supply point's contract and meter; either may be missing. */
public record SupplyContract(Optional<SupplyContractRecord> contract, Optional<MeterRecord> meter) {}
