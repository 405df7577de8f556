package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The queries over the CRM's {@code tipo_richiesta} (a short list, read whole: its active rows) and {@code macchina}
 * (by owner through {@code ix_macchina_cliente}; one machine by id and owner through its primary key) tables.
 */
final class TicketOptionRepository {

    /** Upper bound of a customer's machines listed at once. */
    static final int MAX_MACHINES = 200;

    private final EntityManager em;

    TicketOptionRepository(EntityManager em) {
        this.em = em;
    }

    List<RequestTypeEntity> activeRequestTypes() {
        return em.createQuery(
                        "select r from RequestTypeEntity r where r.active = true order by r.sortOrder, r.code",
                        RequestTypeEntity.class)
                .setMaxResults(CrmQueries.MAX_RESULTS)
                .getResultList();
    }

    /** One request type by its code (the primary key), active or not. */
    Optional<RequestTypeEntity> requestType(String code) {
        return Optional.ofNullable(em.find(RequestTypeEntity.class, code));
    }

    List<MachineEntity> machines(String customerCode) {
        return em.createQuery(
                        "select m from MachineEntity m where m.customerCode = :code order by m.model, m.serialNumber",
                        MachineEntity.class)
                .setParameter("code", customerCode)
                .setMaxResults(MAX_MACHINES)
                .getResultList();
    }

    /** The machine only if it is the customer's, in one statement. */
    Optional<MachineEntity> machine(String customerCode, long id) {
        return em
                .createQuery(
                        "select m from MachineEntity m where m.id = :id and m.customerCode = :code",
                        MachineEntity.class)
                .setParameter("id", id)
                .setParameter("code", customerCode)
                .getResultList()
                .stream()
                .findFirst();
    }
}
