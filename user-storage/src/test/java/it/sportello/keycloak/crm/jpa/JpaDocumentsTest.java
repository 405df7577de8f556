package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.DocumentCategory;
import it.sportello.keycloak.crm.DocumentPage;
import it.sportello.keycloak.crm.DocumentQuery;
import it.sportello.keycloak.crm.DocumentRecord;
import it.sportello.keycloak.crm.DocumentScope;
import it.sportello.keycloak.crm.Documents;
import it.sportello.keycloak.crm.OwnedDocument;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CRM's documents per customer: own and general ones, the owner checked in SQL, the first download recorded. */
class JpaDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @RegisterExtension
    static final CrmDirectorySession crm = CrmDirectorySession.at(Clock.fixed(NOW, ZoneOffset.UTC));

    private EntityManager em;
    private Documents documents;

    @BeforeEach
    void openSession() {
        em = crm.em();
        documents = crm.directory().documents();
    }

    @Test
    void customerListsOwnAndGeneralDocumentsNewestFirstAndNeverAnotherCustomers() {
        DocumentPage all = documents.list(code("C0001"), new DocumentQuery(DocumentScope.ALL, 0, 100));

        assertThat(all.items())
                .extracting(DocumentRecord::id)
                .containsExactly(2L, 101L, 3L, 104L, 105L, 102L, 103L, 1L);
        assertThat(all.total()).isEqualTo(8);
        assertThat(all.items()).noneMatch(DocumentRecord::downloaded);
        DocumentRecord contract = all.items().get(7);
        assertThat(contract.category()).isEqualTo(DocumentCategory.CONTRACT);
        assertThat(contract.general()).isFalse();
        assertThat(contract.date()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(contract.location()).isNull();

        assertThat(documents
                        .list(code("C0001"), new DocumentQuery(DocumentScope.CUSTOMER, 0, 100))
                        .items())
                .extracting(DocumentRecord::id)
                .containsExactly(2L, 3L, 1L);
        DocumentPage general = documents.list(code("C0004"), new DocumentQuery(DocumentScope.GENERAL, 0, 2));
        assertThat(general.items()).extracting(DocumentRecord::id).containsExactly(101L, 104L);
        assertThat(general.items()).allMatch(DocumentRecord::general);
        assertThat(general.total()).isEqualTo(5);
        assertThat(documents
                        .list(code("C0004"), new DocumentQuery(DocumentScope.CUSTOMER, 0, 20))
                        .items())
                .isEmpty();
        assertThat(documents
                        .list(code("C0004"), new DocumentQuery(DocumentScope.GENERAL, 20, 20))
                        .total())
                .isEqualTo(5);
    }

    @Test
    void readableOnlyForItsOwnerOrAnyoneWhenGeneral() {
        assertThat(documents.readable(code("C0001"), 1)).isPresent();
        assertThat(documents.readable(code("C0002"), 1)).isEmpty();
        assertThat(documents.readable(code("C0002"), 999_999)).isEmpty();
        assertThat(documents.readable(null, 1)).isEmpty();
        assertThat(documents.readable(code("C0002"), 102))
                .map(OwnedDocument::document)
                .map(DocumentRecord::location)
                .contains("documents/general/modulo-voltura.pdf");
    }

    @Test
    void contentInTheDatabaseIsReadForOneDocument() {
        OwnedDocument contract = documents.readable(code("C0001"), 1).orElseThrow();

        byte[] content = documents.content(contract).orElseThrow();

        assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(documents.content(documents.readable(code("C0001"), 2).orElseThrow()))
                .isEmpty();
    }

    @Test
    void firstDownloadIsRecordedOncePerCustomerAndOnlyForThatCustomer() {
        OwnedDocument notice = documents.readable(code("C0001"), 101).orElseThrow();

        documents.downloaded(notice);
        OwnedDocument again = documents.readable(code("C0001"), 101).orElseThrow();
        documents.downloaded(again);

        assertThat(again.document().downloaded()).isTrue();
        assertThat(documents
                        .readable(code("C0002"), 101)
                        .orElseThrow()
                        .document()
                        .downloaded())
                .isFalse();
        assertThat(em.createQuery("select count(d) from DocumentDownloadEntity d", Long.class)
                        .getSingleResult())
                .isEqualTo(1);
        assertThat(documents
                        .list(code("C0001"), new DocumentQuery(DocumentScope.GENERAL, 0, 1))
                        .items())
                .extracting(DocumentRecord::downloaded)
                .containsExactly(true);
        assertThatThrownBy(() -> {
                    em.persist(new DocumentDownloadEntity("C0001", 101, NOW));
                    em.flush();
                })
                .isInstanceOf(jakarta.persistence.PersistenceException.class);
    }

    @Test
    void aPageCostsOneStatementAndADownloadAtMostThree() {
        Statistics statistics =
                em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            documents.list(code("C0001"), new DocumentQuery(DocumentScope.ALL, 0, 20));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);

            statistics.clear();
            OwnedDocument contract = documents.readable(code("C0001"), 1).orElseThrow();
            documents.content(contract);
            documents.downloaded(contract);
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void unknownCategoryCodeReadsAsOther() {
        assertThat(DocumentCategory.ofStored(" avviso_arera ")).isEqualTo(DocumentCategory.ARERA_NOTICE);
        assertThat(DocumentCategory.ofStored("CIRCOLARE")).isEqualTo(DocumentCategory.OTHER);
        assertThat(DocumentCategory.ofStored(null)).isEqualTo(DocumentCategory.OTHER);
    }

    private static CustomerCode code(String value) {
        return CustomerCode.stored(value).orElseThrow();
    }
}
