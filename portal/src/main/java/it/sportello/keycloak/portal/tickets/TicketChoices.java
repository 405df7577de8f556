package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.MachineRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.RequestAudience;
import it.sportello.keycloak.crm.RequestTypeRecord;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a new ticket's form chose, checked once against the CRM: a request type the CRM offers the caller (active, for
 * its kind of customer), and the caller's own supply point and machine, or none. Anything else is one 400 problem
 * naming every wrong field, before anything is written; another customer's supply point or machine answers exactly
 * like an unknown id.
 *
 * @param supplyPoint the supply point the ticket is about, or null
 * @param machine the machine the ticket is about, or null
 */
record TicketChoices(RequestTypeRecord type, OwnedSupplyPoint supplyPoint, MachineRecord machine) {

    static TicketChoices check(PortalRequest request, TicketForm form) {
        CustomerCode code = request.customerCode();
        List<FieldError> errors = new ArrayList<>();
        Optional<RequestTypeRecord> type =
                request.directory().ticketOptions().requestType(audience(request), form.category());
        if (type.isEmpty()) {
            errors.add(FieldError.of(TicketForm.CATEGORY, PortalMessages.ERROR_CATEGORY));
        }
        Optional<OwnedSupplyPoint> point = form.supplyPointId() == null
                ? Optional.empty()
                : request.directory().supplyPoints().owned(code, form.supplyPointId());
        if (form.supplyPointId() != null && point.isEmpty()) {
            errors.add(FieldError.of(TicketForm.SUPPLY_POINT_ID, PortalMessages.ERROR_SUPPLY_POINT));
        }
        Optional<MachineRecord> machine = form.machineId() == null
                ? Optional.empty()
                : request.directory().ticketOptions().machine(code, form.machineId());
        if (form.machineId() != null && machine.isEmpty()) {
            errors.add(FieldError.of(TicketForm.MACHINE_ID, PortalMessages.ERROR_MACHINE));
        }
        if (!errors.isEmpty()) {
            throw Problem.validation(errors).exception();
        }
        return new TicketChoices(type.get(), point.orElse(null), machine.orElse(null));
    }

    /** Residential, business or supplier, from the caller's CRM row (read once per session). */
    static RequestAudience audience(PortalRequest request) {
        return request.directory()
                .customers()
                .findByCustomerCode(request.customerCode())
                .map(RequestAudience::of)
                .orElseThrow(() -> request.fail(Problem.notACustomer()));
    }
}
