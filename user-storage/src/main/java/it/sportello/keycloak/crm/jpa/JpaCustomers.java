package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.ChangeCursor;
import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.ContactUpdateResult;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.Customers;
import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.crm.LegacyPassword;
import it.sportello.keycloak.crm.LegacyPasswordAlgorithm;
import it.sportello.keycloak.crm.PrequalificationStatus;
import it.sportello.keycloak.crm.VerificationResult;
import it.sportello.keycloak.taxid.TaxId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link Customers} over the CRM's {@code customer} table; value types arrive normalized by their parsers. */
final class JpaCustomers implements Customers {

    /** Invoices of one customer within the proof-of-possession window looked at; a year of bills fits many times. */
    static final int MAX_RECENT_INVOICES = 200;

    private final CustomerRepository repository;
    private final Clock clock;

    JpaCustomers(CustomerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<CustomerRecord> findByCustomerCode(CustomerCode customerCode) {
        return entity(customerCode).map(CrmRecords::customer);
    }

    @Override
    public Optional<CustomerRecord> findByEmail(String email) {
        Optional<String> normalized = CrmQueries.normalizeEmail(email);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        // Two customers with the same address cannot log in with it: refuse rather than pick one.
        List<CustomerEntity> found = repository.customersByEmail(normalized.get(), 2);
        return found.size() == 1 ? Optional.of(CrmRecords.customer(found.get(0))) : Optional.empty();
    }

    @Override
    public List<CustomerRecord> findByTaxId(TaxId taxId, int max) {
        if (taxId == null) {
            return List.of();
        }
        return repository.customersByTaxId(taxId.value(), CrmQueries.bounded(max)).stream()
                .map(CrmRecords::customer)
                .toList();
    }

    @Override
    public VerificationResult verify(CustomerCode customerCode, TaxId taxId, String name) {
        Optional<CustomerEntity> customer = entity(customerCode);
        String expected = customer.map(CustomerEntity::getTaxId).orElse("");
        String given = taxId == null ? "" : taxId.value();
        // Compare in constant time and always do the comparison, found or not.
        boolean taxIdMatches =
                MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))
                        && customer.isPresent()
                        && !given.isEmpty();
        if (!taxIdMatches) {
            return VerificationResult.NO_MATCH;
        }
        if (name != null && !name.isBlank() && !nameMatches(customer.get(), name)) {
            return VerificationResult.NO_MATCH;
        }
        return VerificationResult.MATCH;
    }

    @Override
    public boolean hasRecentInvoice(CustomerCode customerCode, InvoiceNumber number, LocalDate since) {
        List<String> candidates = customerCode == null
                ? List.of()
                : repository.invoiceNumbersSince(customerCode.value(), since, MAX_RECENT_INVOICES);
        boolean matched = false;
        // every candidate is compared, also after a match: the time does not depend on which one matched
        for (String candidate : candidates) {
            matched |= number != null && number.matches(candidate);
        }
        return matched;
    }

    @Override
    public PrequalificationStatus prequalification(CustomerCode customerCode) {
        return entity(customerCode)
                .map(c -> {
                    if (!c.isSupplier()) {
                        return PrequalificationStatus.NOT_SUPPLIER;
                    }
                    return c.isPrequalified()
                            ? PrequalificationStatus.PREQUALIFIED
                            : PrequalificationStatus.NOT_PREQUALIFIED;
                })
                .orElse(PrequalificationStatus.UNKNOWN_CUSTOMER);
    }

    @Override
    public Optional<LegacyPassword> legacyPassword(CustomerCode customerCode) {
        return entity(customerCode).flatMap(c -> {
            String hash = c.getLegacyPasswordHash();
            if (hash == null || hash.isBlank()) {
                return Optional.empty();
            }
            return LegacyPasswordAlgorithm.fromColumn(c.getLegacyPasswordAlgorithm())
                    .map(algorithm -> new LegacyPassword(algorithm, hash));
        });
    }

    @Override
    public void clearLegacyPassword(CustomerCode customerCode) {
        entity(customerCode)
                .filter(c -> c.getLegacyPasswordHash() != null || c.getLegacyPasswordAlgorithm() != null)
                .ifPresent(c -> repository.clearLegacyPassword(c, clock.instant()));
    }

    @Override
    public ContactUpdateResult updateContact(CustomerCode customerCode, ContactDetails contact) {
        Optional<CustomerEntity> customer = entity(customerCode);
        if (customer.isEmpty()) {
            return ContactUpdateResult.UNKNOWN_CUSTOMER;
        }
        String email = CrmQueries.normalizeEmail(contact.email()).orElse(null);
        if (email != null && repository.emailUsedByOther(email, customer.get().getCustomerCode())) {
            return ContactUpdateResult.EMAIL_IN_USE;
        }
        repository.updateContact(
                customer.get(),
                email,
                CrmQueries.blankToNull(contact.phone()),
                CrmQueries.blankToNull(contact.fax()),
                clock.instant());
        return ContactUpdateResult.UPDATED;
    }

    @Override
    public Optional<ContactDetails> lockContact(CustomerCode customerCode) {
        return entity(customerCode)
                .map(repository::lockForUpdate)
                .map(customer -> new ContactDetails(customer.getEmail(), customer.getPhone(), customer.getFax()));
    }

    @Override
    public List<CustomerRecord> search(String text, int first, int max) {
        return repository.searchCustomers(searchText(text), Math.max(0, first), CrmQueries.bounded(max)).stream()
                .map(CrmRecords::customer)
                .toList();
    }

    @Override
    public long count(String text) {
        return repository.countCustomers(searchText(text));
    }

    @Override
    public List<CustomerRecord> changedAfter(ChangeCursor cursor, int max) {
        return repository.customersChangedAfter(cursor, CrmQueries.bounded(max)).stream()
                .map(CrmRecords::customer)
                .toList();
    }

    private Optional<CustomerEntity> entity(CustomerCode customerCode) {
        return customerCode == null ? Optional.empty() : repository.customer(customerCode.value());
    }

    /** Lower case, accents removed, letters and digits only: "Acqua Chiara S.r.l." equals "acqua chiara srl". */
    static String normalizeName(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean nameMatches(CustomerEntity customer, String name) {
        String expected =
                customer.getKind() == CustomerKind.COMPANY ? customer.getCompanyName() : customer.getLastName();
        String normalizedExpected = normalizeName(expected);
        return !normalizedExpected.isEmpty() && normalizedExpected.equals(normalizeName(name));
    }

    private static String searchText(String text) {
        return text == null ? "" : text.trim().replace("*", "");
    }
}
