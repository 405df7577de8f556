package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.taxid.TaxId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo CRM as the demo changelog leaves it (change sets in order, the loaded ones never edited): every customer
 * can claim an account, so every tax ID passes {@link TaxId}'s checks, and the customers the demo printout names have
 * an invoice of the last 12 months for the claim's proof of possession.
 */
class DemoDataTest {

    private static CrmTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = CrmTestDatabase.withDemoData();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void everyDemoTaxIdIsValidSoEveryDemoCustomerCanBeClaimed() throws SQLException {
        Map<String, String> taxIds = new LinkedHashMap<>();
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement("select customer_code, tax_id from customer");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                taxIds.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(taxIds)
                .allSatisfy((code, taxId) -> assertThat(TaxId.parse(taxId).isValid())
                        .as("tax ID of %s", code)
                        .isTrue());
        assertThat(taxIds).containsEntry("C0002", "01234560157");
    }

    @Test
    void theClaimableDemoCustomersHaveARecentInvoice() throws SQLException {
        Map<String, String> invoices =
                Map.of("C0002", "FTC-000102", "C0005", "FTC-000105", "C0006", "FTC-000106", "F0001", "FTC-000201");
        for (Map.Entry<String, String> invoice : invoices.entrySet()) {
            try (Connection c = database.connection();
                    PreparedStatement s = c.prepareStatement(
                            "select issue_date from invoice where invoice_number = ? and customer_code = ?")) {
                s.setString(1, invoice.getValue());
                s.setString(2, invoice.getKey());
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).as("invoice %s", invoice.getValue()).isTrue();
                    assertThat(rs.getDate(1).toLocalDate())
                            .isAfter(LocalDate.now().minusMonths(12));
                }
            }
        }
    }
}
