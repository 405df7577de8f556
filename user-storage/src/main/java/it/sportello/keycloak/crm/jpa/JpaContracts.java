package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.Contracts;
import it.sportello.keycloak.crm.Iban;
import it.sportello.keycloak.crm.MeterRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.PaymentMethod;
import it.sportello.keycloak.crm.SupplyContract;
import it.sportello.keycloak.crm.SupplyContractRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@link Contracts} over the CRM's {@code contratto} and {@code misuratore} tables. */
final class JpaContracts implements Contracts {

    private final ContractRepository repository;
    private final Clock clock;

    JpaContracts(ContractRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public SupplyContract of(OwnedSupplyPoint supplyPoint) {
        long id = JpaOwnedSupplyPoint.of(supplyPoint).id();
        Optional<Object[]> row = repository.contractAndMeter(id, LocalDate.now(clock));
        return new SupplyContract(
                row.map(r -> (ContractEntity) r[0]).map(JpaContracts::contract),
                row.map(r -> (MeterEntity) r[1]).map(JpaContracts::meter));
    }

    static SupplyContractRecord contract(ContractEntity c) {
        PaymentMethod method = paymentMethod(c.getPaymentMethod());
        boolean sepa = method == PaymentMethod.SEPA;
        return new SupplyContractRecord(
                c.getOffer(),
                c.getStart(),
                c.getEnd(),
                c.getContractedPowerKw(),
                c.getAvailablePowerKw(),
                c.getVoltage(),
                c.getUseType(),
                method,
                sepa ? Iban.parse(c.getIban()).orElse(null) : null,
                sepa ? c.getMandateReference() : null);
    }

    static MeterRecord meter(MeterEntity m) {
        return new MeterRecord(m.getSerial(), m.getType(), m.getMeterClass(), m.getCorrectorSerial());
    }

    static PaymentMethod paymentMethod(String stored) {
        String code = stored == null ? "" : stored.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(PaymentMethod.values())
                .filter(m -> m.name().equals(code))
                .findFirst()
                .orElse(PaymentMethod.OTHER);
    }
}
