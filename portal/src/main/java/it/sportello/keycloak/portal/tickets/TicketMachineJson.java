package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.MachineRecord;

/** Schema {@code TicketMachine}: one of the caller's machines, which a ticket may be about. */
public record TicketMachineJson(long id, String serialNumber, String model, String site) {

    static TicketMachineJson of(MachineRecord machine) {
        return new TicketMachineJson(machine.id(), machine.serialNumber(), machine.model(), machine.site());
    }
}
