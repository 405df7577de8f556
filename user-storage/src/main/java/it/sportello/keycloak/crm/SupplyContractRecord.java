package it.sportello.keycloak.crm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The contract in force on a supply point (table {@code contratto}): the newest one that has started.
 *
 * @param offer the offer or tariff name as the customer signed it
 * @param end null while open-ended
 * @param contractedPowerKw electricity only (potenza impegnata)
 * @param availablePowerKw electricity only (potenza disponibile)
 * @param voltage supply voltage as the CRM writes it, e.g. "230 V"
 * @param useType the CRM's code of the use, e.g. DOMESTICO_RESIDENTE
 * @param iban only for {@link PaymentMethod#SEPA}; never shown whole
 * @param mandateReference the SEPA mandate reference, only for {@link PaymentMethod#SEPA}
 */
public record SupplyContractRecord(
        String offer,
        LocalDate start,
        LocalDate end,
        BigDecimal contractedPowerKw,
        BigDecimal availablePowerKw,
        String voltage,
        String useType,
        PaymentMethod paymentMethod,
        Iban iban,
        String mandateReference) {}
