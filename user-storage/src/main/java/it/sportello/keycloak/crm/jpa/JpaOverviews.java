package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerOverview;
import it.sportello.keycloak.crm.CustomerOverview.SupplyPointWindow;
import it.sportello.keycloak.crm.NoticeRecord;
import it.sportello.keycloak.crm.Overviews;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@link Overviews} over the CRM's supply point, reading window, invoice and notice tables. */
final class JpaOverviews implements Overviews {

    private final OverviewRepository repository;
    private final Clock clock;

    JpaOverviews(OverviewRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public CustomerOverview overview(CustomerCode customerCode) {
        if (customerCode == null) {
            return new CustomerOverview(List.of(), Optional.empty());
        }
        String code = customerCode.value();
        List<SupplyPointWindow> points = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Object[] row : repository.supplyPointsWithWindows(code, CrmQueries.MAX_RESULTS)) {
            SupplyPointEntity point = OverviewRepository.supplyPointOf(row);
            // the contract expects one window per commodity; should there be more, the first by id wins
            if (seen.add(point.getId())) {
                points.add(new SupplyPointWindow(
                        CrmRecords.supplyPoint(point),
                        Optional.ofNullable(OverviewRepository.windowOf(row))
                                .map(CrmRecords::readingWindow)
                                .orElse(null)));
            }
        }
        return new CustomerOverview(points, repository.latestInvoice(code).map(CrmRecords::invoice));
    }

    @Override
    public List<NoticeRecord> notices(CustomerCode customerCode, String language, int max) {
        if (customerCode == null) {
            return List.of();
        }
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return repository.notices(customerCode.value(), lang, clock.instant(), CrmQueries.bounded(max)).stream()
                .map(CrmRecords::notice)
                .toList();
    }
}
