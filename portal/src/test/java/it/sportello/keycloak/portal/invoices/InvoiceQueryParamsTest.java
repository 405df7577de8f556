package it.sportello.keycloak.portal.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.ProblemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceQueryParamsTest {

    @Test
    void monthsBecomeWholeMonthsAndPagesOffsets() {
        InvoiceQueryParams params = InvoiceQueryParams.parse("2025-02", "2025-02", "2", "10");

        assertThat(params.query().from()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(params.query().to()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(params.query().first()).isEqualTo(20);
        assertThat(params.query().max()).isEqualTo(10);
        assertThat(InvoiceQueryParams.parse(null, null, null, null).size()).isEqualTo(20);
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThat(fields("2025-13", "25-01", "-1", "101")).containsExactly("from", "to", "page", "size");
        assertThat(fields("2025-06", "2025-01", "0", "0")).containsExactly("size", "from");
        assertThat(fields(null, null, "x", "1e3")).containsExactly("page", "size");
    }

    @Test
    void documentLocationsMustStayInsideTheInvoiceFolder() {
        assertThat(InvoiceDocuments.isSafe("invoices/2025/FT2025-000001.pdf")).isTrue();
        assertThat(InvoiceDocuments.isSafe("../secrets.pdf")).isFalse();
        assertThat(InvoiceDocuments.isSafe("/etc/passwd.pdf")).isFalse();
        assertThat(InvoiceDocuments.isSafe("invoices/./x.pdf")).isFalse();
        assertThat(InvoiceDocuments.isSafe("invoices/x.txt")).isFalse();
        assertThat(InvoiceDocuments.isSafe(null)).isFalse();
        assertThat(InvoiceDocumentsResource.fileName("FT 2025/1")).isEqualTo("FT_2025_1.pdf");
    }

    private static List<String> fields(String from, String to, String page, String size) {
        try {
            InvoiceQueryParams.parse(from, to, page, size);
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return e.problem().errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("accepted");
    }
}
