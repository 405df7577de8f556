package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.taxid.TaxId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo CRM as the demo changelog leaves it (change sets in order, the loaded ones never edited): every customer
 * can claim an account, so every tax ID passes {@link TaxId}'s checks, and the customers the demo printout names have
 * an invoice of the last 12 months for the claim's proof of possession.
 */
class DemoDataTest {

    private static final Path DEMO_LOGINS = Path.of("../realm-export/src/main/resources/realm/demo-logins.txt");
    /** "person:  C0005 / codice fiscale CNTSFN75M22L219F / invoice FTC-000105", also "(also C0006 / ...". */
    private static final Pattern CLAIM_LINE = Pattern.compile("(?<kind>[a-z ]+:|\\(also) +(?<code>[A-Z]\\d{4}) / "
            + "(?:codice fiscale|partita IVA) (?<taxId>\\w+) / invoice (?<invoice>[A-Z0-9-]+)");

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
        Map<String, String> invoices = Map.of(
                "C0002", "FTC-000102",
                "C0005", "FTC-000105",
                "C0006", "FTC-000106",
                "F0001", "FTC-000201",
                "F0003", "FTC-000107");
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

    /**
     * Every "code / tax ID / invoice" the demo printout (realm-export's demo-logins.txt) offers for first access
     * claims: the tax ID is the customer's, the invoice is the customer's and recent; and the printout offers a person,
     * a company and a prequalified supplier.
     */
    @Test
    void theDemoPrintoutNamesAClaimablePersonCompanyAndPrequalifiedSupplier() throws Exception {
        String printout = Files.readString(DEMO_LOGINS, StandardCharsets.UTF_8);
        Matcher claim = CLAIM_LINE.matcher(printout);
        Set<String> kinds = new HashSet<>();
        while (claim.find()) {
            String code = claim.group("code");
            try (Connection c = database.connection();
                    PreparedStatement s = c.prepareStatement("select c.kind, c.tax_id, c.supplier, c.prequalified,"
                            + " i.issue_date from customer c join invoice i on i.customer_code = c.customer_code"
                            + " where c.customer_code = ? and i.invoice_number = ?")) {
                s.setString(1, code);
                s.setString(2, claim.group("invoice"));
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next())
                            .as("%s with invoice %s", code, claim.group("invoice"))
                            .isTrue();
                    assertThat(rs.getString("tax_id")).as("tax ID of %s", code).isEqualTo(claim.group("taxId"));
                    assertThat(rs.getDate("issue_date").toLocalDate())
                            .isAfter(LocalDate.now().minusMonths(12));
                    if (rs.getBoolean("supplier")) {
                        assertThat(claim.group("kind"))
                                .as("printout kind of %s", code)
                                .contains("supplier");
                        assertThat(rs.getBoolean("prequalified"))
                                .as("%s prequalified", code)
                                .isTrue();
                    }
                    kinds.add(rs.getBoolean("supplier") ? "prequalified supplier" : rs.getString("kind"));
                }
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("PERSON", "COMPANY", "prequalified supplier");
    }
}
