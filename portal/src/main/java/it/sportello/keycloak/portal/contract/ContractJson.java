package it.sportello.keycloak.portal.contract;

import it.sportello.keycloak.crm.SupplyContractRecord;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Schema {@code Contract}: the supply contract in force. {@code iban} is masked (e.g. {@code IT** **** **** 3456}):
 * the whole IBAN never leaves the server.
 */
public record ContractJson(
        String offer,
        LocalDate start,
        LocalDate end,
        BigDecimal contractedPowerKw,
        BigDecimal availablePowerKw,
        String voltage,
        String useType,
        String paymentMethod,
        String iban,
        String mandateReference) {

    static ContractJson of(SupplyContractRecord c) {
        return new ContractJson(
                c.offer(),
                c.start(),
                c.end(),
                c.contractedPowerKw(),
                c.availablePowerKw(),
                c.voltage(),
                c.useType(),
                c.paymentMethod().name(),
                c.iban() == null ? null : c.iban().masked(),
                c.mandateReference());
    }
}
