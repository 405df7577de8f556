package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.ConsumptionRecord;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.crm.InvoicePage;
import it.sportello.keycloak.crm.InvoiceQuery;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.crm.SupplyPoints;
import java.util.List;
import java.util.Optional;

/** {@link SupplyPoints} over the CRM's supply point, invoice and consumption tables. */
final class JpaSupplyPoints implements SupplyPoints {

    private final SupplyPointRepository repository;

    JpaSupplyPoints(SupplyPointRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<SupplyPointRecord> list(CustomerCode customerCode) {
        if (customerCode == null) {
            return List.of();
        }
        return repository.supplyPoints(customerCode.value(), CrmQueries.MAX_RESULTS).stream()
                .map(CrmRecords::supplyPoint)
                .toList();
    }

    @Override
    public Optional<OwnedSupplyPoint> owned(CustomerCode customerCode, long supplyPointId) {
        if (customerCode == null) {
            return Optional.empty();
        }
        return repository
                .ownedWithWindow(customerCode.value(), supplyPointId)
                .map(row -> new JpaOwnedSupplyPoint(
                        customerCode,
                        CrmRecords.supplyPoint(SupplyPointRepository.supplyPointOf(row)),
                        Optional.ofNullable(SupplyPointRepository.windowOf(row))
                                .map(CrmRecords::readingWindow)
                                .orElse(null)));
    }

    @Override
    public InvoicePage invoices(OwnedSupplyPoint supplyPoint, InvoiceQuery query) {
        JpaOwnedSupplyPoint own = JpaOwnedSupplyPoint.of(supplyPoint);
        String code = own.customerCode().value();
        List<Object[]> rows =
                repository.invoicesWithTotal(code, own.id(), query.from(), query.to(), query.first(), query.max());
        List<InvoiceRecord> items = rows.stream()
                .map(row -> CrmRecords.invoice((InvoiceEntity) row[0]))
                .toList();
        if (!rows.isEmpty()) {
            return new InvoicePage(items, ((Number) rows.get(0)[1]).longValue());
        }
        // past the last page the rows carry no total: only then is it counted on its own
        long total = query.first() == 0 ? 0 : repository.countInvoices(code, own.id(), query.from(), query.to());
        return new InvoicePage(items, total);
    }

    @Override
    public Optional<InvoiceRecord> invoice(CustomerCode customerCode, InvoiceNumber number) {
        if (customerCode == null || number == null) {
            return Optional.empty();
        }
        return repository.invoice(customerCode.value(), number.given()).map(CrmRecords::invoice);
    }

    @Override
    public List<ConsumptionRecord> consumption(OwnedSupplyPoint supplyPoint, int year) {
        return repository.consumption(JpaOwnedSupplyPoint.of(supplyPoint).id(), year).stream()
                .map(CrmRecords::consumption)
                .toList();
    }
}
