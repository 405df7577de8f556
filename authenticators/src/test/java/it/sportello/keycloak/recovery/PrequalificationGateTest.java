package it.sportello.keycloak.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.Customers;
import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.crm.PrequalificationGate.Facts;
import it.sportello.keycloak.crm.PrequalificationScope;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrequalificationGateTest {

    private static final Facts SUPPLIER_NOT_PREQUALIFIED = new Facts(true, true, false);
    private static final Facts SUPPLIER_PREQUALIFIED = new Facts(true, true, true);
    private static final Facts CUSTOMER = new Facts(true, false, false);

    @Test
    void blocksWhenSuppliersScopeThenOnlySuppliersWithoutPrequalification() {
        assertThat(PrequalificationGate.blocks(PrequalificationScope.SUPPLIERS, SUPPLIER_NOT_PREQUALIFIED))
                .isTrue();
        assertThat(PrequalificationGate.blocks(PrequalificationScope.SUPPLIERS, SUPPLIER_PREQUALIFIED))
                .isFalse();
        assertThat(PrequalificationGate.blocks(PrequalificationScope.SUPPLIERS, CUSTOMER))
                .isFalse();
        assertThat(PrequalificationGate.blocks(PrequalificationScope.SUPPLIERS, Facts.NOT_A_CUSTOMER))
                .isFalse();
    }

    @Test
    void blocksWhenAllCrmCustomersThenEveryCustomerWithoutTheFlagButNoLocalAccount() {
        assertThat(PrequalificationGate.blocks(PrequalificationScope.ALL_CRM_CUSTOMERS, CUSTOMER))
                .isTrue();
        assertThat(PrequalificationGate.blocks(PrequalificationScope.ALL_CRM_CUSTOMERS, SUPPLIER_NOT_PREQUALIFIED))
                .isTrue();
        assertThat(PrequalificationGate.blocks(PrequalificationScope.ALL_CRM_CUSTOMERS, SUPPLIER_PREQUALIFIED))
                .isFalse();
        assertThat(PrequalificationGate.blocks(PrequalificationScope.ALL_CRM_CUSTOMERS, Facts.NOT_A_CUSTOMER))
                .isFalse();
    }

    @Test
    void blocksWhenNoneThenNobodyAndTheCrmIsNotAsked() {
        Customers directory = mock(Customers.class);
        PrequalificationGate gate = gate(Map.of(ResetChooseUserConfig.GATE, "none"));

        assertThat(gate.blocks(Optional.of(code("F0002")), Map.of("customerCode", "F0002")::get, () -> directory))
                .isFalse();
        assertThat(PrequalificationGate.blocks(PrequalificationScope.NONE, SUPPLIER_NOT_PREQUALIFIED))
                .isFalse();
        verify(directory, never()).findByCustomerCode(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void blocksWhenSourceIsCrmThenTheCrmRecordDecidesNotTheImportedAttributes() {
        Customers directory = mock(Customers.class);
        when(directory.findByCustomerCode(code("F0002"))).thenReturn(Optional.of(supplier("F0002", false)));
        when(directory.findByCustomerCode(code("F0001"))).thenReturn(Optional.of(supplier("F0001", true)));
        PrequalificationGate gate = gate(Map.of());

        // the imported copy still says prequalified; the CRM says no longer
        assertThat(gate.blocks(
                        Optional.of(code("F0002")),
                        Map.of("customerCode", "F0002", "prequalified", "true")::get,
                        () -> directory))
                .isTrue();
        assertThat(gate.blocks(Optional.of(code("F0001")), Map.of("customerCode", "F0001")::get, () -> directory))
                .isFalse();
    }

    @Test
    void blocksWhenLocalAccountThenNeverAndTheCrmIsNotAsked() {
        Customers directory = mock(Customers.class);

        assertThat(gate(Map.of()).blocks(Optional.empty(), Map.<String, String>of()::get, () -> directory))
                .isFalse();
        verify(directory, never()).findByCustomerCode(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void blocksWhenSourceIsAttributeThenTheNamedAttributesDecide() {
        PrequalificationGate gate = gate(Map.of(
                ResetChooseUserConfig.SOURCE, "attribute",
                ResetChooseUserConfig.SUPPLIER_ATTRIBUTE, "vendor",
                ResetChooseUserConfig.PREQUALIFIED_ATTRIBUTE, "vendorApproved"));

        assertThat(gate.blocks(
                        Optional.of(code("F0009")), Map.of("customerCode", "F0009", "vendor", "true")::get, () -> null))
                .isTrue();
        assertThat(gate.blocks(
                        Optional.of(code("F0009")),
                        Map.of("customerCode", "F0009", "vendor", "true", "vendorApproved", "TRUE")::get,
                        () -> null))
                .isFalse();
        assertThat(gate.blocks(
                        Optional.of(code("C0009")),
                        Map.of("customerCode", "C0009", "supplier", "true")::get,
                        () -> null))
                .as("the default attribute names are not read when others are configured")
                .isFalse();
    }

    private static CustomerCode code(String code) {
        return CustomerCode.parse(code).orElseThrow();
    }

    private static PrequalificationGate gate(Map<String, String> config) {
        return new ResetChooseUserConfig(config).prequalificationGate();
    }

    private static CustomerRecord supplier(String code, boolean prequalified) {
        return new CustomerRecord(
                code,
                CustomerKind.COMPANY,
                null,
                null,
                "Fornitore S.r.l.",
                "12345670157",
                null,
                null,
                null,
                null,
                true,
                prequalified,
                null,
                Instant.parse("2026-10-01T08:00:00Z"));
    }
}
