package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.ChangeCursor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queries over the CRM's {@code customer} table (and the invoice numbers of the claim's proof of possession). Every
 * query filters on an indexed column (see the demo changelog for the indexes the contract expects) and every list is
 * paged or bounded, so nothing loads a whole table. Arguments arrive already normalized.
 */
final class CustomerRepository {

    private static final String SEARCH_CONDITION = " where c.customerCode like :upper escape '!'"
            + " or c.taxId like :upper escape '!'"
            + " or lower(c.email) like :lower escape '!'"
            + " or lower(c.lastName) like :lower escape '!'"
            + " or lower(c.companyName) like :lower escape '!'";

    private final EntityManager em;

    /**
     * Customers already read through this repository, by code, found or not. Keycloak validates an imported user
     * against the CRM each time a request looks the user up, and claiming asks about the same code from several
     * steps: without this one sign-in sent the same statement 17 times. The repository lives as long as its entity
     * manager, one Keycloak session (one request), whose persistence context would hand back the same managed
     * entity for the row anyway; nothing is kept beyond the request.
     */
    private final Map<String, Optional<CustomerEntity>> customersByCode = new HashMap<>();

    CustomerRepository(EntityManager em) {
        this.em = em;
    }

    Optional<CustomerEntity> customer(String customerCode) {
        Optional<CustomerEntity> known = customersByCode.get(customerCode);
        if (known != null) {
            return known;
        }
        // a failed read throws and is not remembered
        Optional<CustomerEntity> found = CrmQueries.byKey(em, CustomerEntity.class, "customerCode", customerCode);
        customersByCode.put(customerCode, found);
        return found;
    }

    /** At most {@code max} customers whose email equals the lower-case argument, ignoring case. */
    List<CustomerEntity> customersByEmail(String lowerCaseEmail, int max) {
        return em.createQuery(
                        "select c from CustomerEntity c where lower(c.email) = :email order by c.customerCode",
                        CustomerEntity.class)
                .setParameter("email", lowerCaseEmail)
                .setMaxResults(max)
                .getResultList();
    }

    boolean emailUsedByOther(String lowerCaseEmail, String customerCode) {
        return !em.createQuery(
                        "select c.customerCode from CustomerEntity c"
                                + " where lower(c.email) = :email and c.customerCode <> :code",
                        String.class)
                .setParameter("email", lowerCaseEmail)
                .setParameter("code", customerCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    List<CustomerEntity> customersByTaxId(String taxId, int max) {
        return em.createQuery(
                        "select c from CustomerEntity c where c.taxId = :taxId order by c.customerCode",
                        CustomerEntity.class)
                .setParameter("taxId", taxId)
                .setMaxResults(max)
                .getResultList();
    }

    List<CustomerEntity> searchCustomers(String text, int first, int max) {
        TypedQuery<CustomerEntity> query;
        if (text.isEmpty()) {
            query = em.createQuery("select c from CustomerEntity c order by c.customerCode", CustomerEntity.class);
        } else {
            query = em.createQuery(
                    "select c from CustomerEntity c" + SEARCH_CONDITION + " order by c.customerCode",
                    CustomerEntity.class);
            bindSearch(query, text);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    long countCustomers(String text) {
        if (text.isEmpty()) {
            return em.createQuery("select count(c) from CustomerEntity c", Long.class)
                    .getSingleResult();
        }
        TypedQuery<Long> query = em.createQuery("select count(c) from CustomerEntity c" + SEARCH_CONDITION, Long.class);
        bindSearch(query, text);
        return query.getSingleResult();
    }

    List<CustomerEntity> customersChangedAfter(ChangeCursor cursor, int max) {
        if (cursor.isStart()) {
            return em.createQuery(
                            "select c from CustomerEntity c where c.updatedAt >= :since"
                                    + " order by c.updatedAt, c.customerCode",
                            CustomerEntity.class)
                    .setParameter("since", cursor.updatedAt())
                    .setMaxResults(max)
                    .getResultList();
        }
        // the first condition gives the index range its start; the second skips what the cursor has read
        return em.createQuery(
                        "select c from CustomerEntity c where c.updatedAt >= :at"
                                + " and (c.updatedAt > :at or c.customerCode > :code)"
                                + " order by c.updatedAt, c.customerCode",
                        CustomerEntity.class)
                .setParameter("at", cursor.updatedAt())
                .setParameter("code", cursor.customerCode())
                .setMaxResults(max)
                .getResultList();
    }

    /** Numbers of the customer's invoices issued on or after the day, newest first, at most {@code max}. */
    List<String> invoiceNumbersSince(String customerCode, LocalDate since, int max) {
        return em.createQuery(
                        "select i.number from InvoiceEntity i where i.customerCode = :code and i.issueDate >= :since"
                                + " order by i.issueDate desc",
                        String.class)
                .setParameter("code", customerCode)
                .setParameter("since", since)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Writes the contact fields now. The flush is deliberate: the crm unit's EntityManager is not flushed when
     * Keycloak commits, so a change that no later query happens to auto-flush would be silently lost; flushed, it
     * is part of the request's XA transaction and commits or rolls back with Keycloak's own changes.
     */
    void updateContact(CustomerEntity customer, String email, String phone, String fax, Instant now) {
        customer.updateContact(email, phone, fax, now);
        em.flush();
    }

    /**
     * Reloads the customer's row with {@code SELECT ... FOR UPDATE}: the state is the database's now, and no other
     * transaction can change the row until this one ends.
     */
    CustomerEntity lockForUpdate(CustomerEntity customer) {
        em.refresh(customer, LockModeType.PESSIMISTIC_WRITE);
        return customer;
    }

    /** Sets the legacy password columns to NULL, written now like {@link #updateContact}. */
    void clearLegacyPassword(CustomerEntity customer, Instant now) {
        customer.clearLegacyPassword(now);
        em.flush();
    }

    private static void bindSearch(TypedQuery<?> query, String text) {
        query.setParameter("upper", CrmQueries.prefixPattern(text.toUpperCase(Locale.ROOT)));
        query.setParameter("lower", CrmQueries.prefixPattern(text.toLowerCase(Locale.ROOT)));
    }
}
