package it.sportello.keycloak.portal.home;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerOverview;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.portal.PortalRequest;
import it.sportello.keycloak.portal.PortalResponses;
import it.sportello.keycloak.portal.Problem;
import it.sportello.keycloak.portal.invoices.InvoiceDocuments;
import it.sportello.keycloak.portal.readings.ReadingWindowCalendar;
import it.sportello.keycloak.portal.tickets.TicketSummaryJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /home}: the console's first page in one call. Four CRM statements (the supply points with their reading
 * windows, the newest invoice, the newest tickets, the notices) besides the customer row, which the request's
 * authentication read already; the previous sign-in comes from Keycloak's own event store.
 */
public final class HomeResource {

    /** Open tickets are counted among the customer's newest tickets, at most this many. */
    static final int TICKETS_READ = 100;

    /** Open tickets listed on the page. */
    static final int TICKETS_SHOWN = 5;

    /** Notices listed on the page, newest first. */
    static final int NOTICES_SHOWN = 5;

    private final PortalRequest request;

    public HomeResource(PortalRequest request) {
        this.request = request;
    }

    @GET
    public Response get() {
        return request.respond(() -> {
            CustomerCode code = request.customerCode();
            CustomerDirectory directory = request.directory();
            CustomerRecord customer = directory
                    .customers()
                    .findByCustomerCode(code)
                    .orElseThrow(() -> Problem.notACustomer().exception());
            CustomerOverview overview = directory.overviews().overview(code);
            List<TicketRecord> open = directory.tickets().list(code, TICKETS_READ).stream()
                    .filter(t -> t.status() != SupportTicketStatus.CLOSED)
                    .toList();
            InvoiceDocuments documents = new InvoiceDocuments(request.config());
            return PortalResponses.json(
                    200,
                    new HomeJson(
                            customer.kind().name(),
                            customer.displayName(),
                            LastSignIn.before(request).orElse(null),
                            new OpenTicketsJson(
                                    open.size(),
                                    open.stream()
                                            .limit(TICKETS_SHOWN)
                                            .map(TicketSummaryJson::of)
                                            .toList()),
                            windows(overview, request),
                            overview.latestInvoice()
                                    .map(i -> LatestInvoiceJson.of(i, documents.exists(i.pdfLocation())))
                                    .orElse(null),
                            notices(directory, code)));
        });
    }

    private static List<ReadingWindowOfJson> windows(CustomerOverview overview, PortalRequest request) {
        LocalDateTime now = request.now();
        return overview.supplyPoints().stream()
                .map(p -> ReadingWindowOfJson.of(
                        p.supplyPoint(),
                        p.window() == null ? null : ReadingWindowCalendar.around(p.window(), now),
                        request.config().zone()))
                .toList();
    }

    /** The notices in the user's language (the one the console speaks), the customer's own and the general ones. */
    private List<NoticeJson> notices(CustomerDirectory directory, CustomerCode code) {
        return directory.overviews().notices(code, request.localizer().locale().getLanguage(), NOTICES_SHOWN).stream()
                .map(NoticeJson::of)
                .toList();
    }
}
