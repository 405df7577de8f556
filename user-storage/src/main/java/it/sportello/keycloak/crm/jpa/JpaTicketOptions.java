package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.MachineRecord;
import it.sportello.keycloak.crm.RequestAudience;
import it.sportello.keycloak.crm.RequestTypeRecord;
import it.sportello.keycloak.crm.TicketOptions;
import java.util.List;
import java.util.Optional;

/** {@link TicketOptions} over the CRM's {@code tipo_richiesta} and {@code macchina} tables. */
final class JpaTicketOptions implements TicketOptions {

    private final TicketOptionRepository repository;

    JpaTicketOptions(TicketOptionRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<RequestTypeRecord> requestTypes(RequestAudience audience) {
        return repository.activeRequestTypes().stream()
                .filter(type -> offeredTo(type, audience))
                .map(JpaTicketOptions::record)
                .toList();
    }

    @Override
    public Optional<RequestTypeRecord> requestType(RequestAudience audience, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return requestTypes(audience).stream()
                .filter(type -> type.code().equals(code))
                .findFirst();
    }

    @Override
    public Optional<RequestTypeRecord> requestType(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return repository.requestType(code).map(JpaTicketOptions::record);
    }

    @Override
    public List<MachineRecord> machines(CustomerCode customerCode) {
        if (customerCode == null) {
            return List.of();
        }
        return repository.machines(customerCode.value()).stream()
                .map(JpaTicketOptions::record)
                .toList();
    }

    @Override
    public Optional<MachineRecord> machine(CustomerCode customerCode, long machineId) {
        if (customerCode == null) {
            return Optional.empty();
        }
        return repository.machine(customerCode.value(), machineId).map(JpaTicketOptions::record);
    }

    static boolean offeredTo(RequestTypeEntity type, RequestAudience audience) {
        return switch (audience) {
            case RESIDENTIAL -> type.isResidential();
            case BUSINESS -> type.isBusiness();
            case SUPPLIER -> type.isSupplier();
        };
    }

    private static RequestTypeRecord record(RequestTypeEntity type) {
        return new RequestTypeRecord(type.getCode(), type.getLabelIt(), type.getLabelEn(), type.getLabelRo());
    }

    /** The owner as the row has it, so that a later check compares with what the CRM stores. */
    private static MachineRecord record(MachineEntity machine) {
        return new MachineRecord(
                machine.getId(),
                CustomerCode.stored(machine.getCustomerCode()).orElseThrow(),
                machine.getSerialNumber(),
                machine.getModel(),
                machine.getSite());
    }
}
