package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.NewTicketAttachment;
import it.sportello.keycloak.crm.NewTicketMessage;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.TicketAuthorKind;
import it.sportello.keycloak.crm.TicketConversation;
import it.sportello.keycloak.crm.TicketConversations;
import it.sportello.keycloak.crm.TicketStatusHistoryRecord;
import it.sportello.keycloak.crm.TicketUpdate;
import it.sportello.keycloak.crm.TicketUpdate.Outcome;
import it.sportello.keycloak.crm.Tickets;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ticket conversations: messages of both sides with attachments, the status history and the ticket's version. */
class JpaTicketConversationsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final CustomerCode ROSSI = CustomerCode.stored("C0001").orElseThrow();
    private static final CustomerCode OTHER = CustomerCode.stored("C0002").orElseThrow();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @RegisterExtension
    static final CrmDirectorySession crm = CrmDirectorySession.withClocks(TickingClock::new);

    private EntityManager em;
    private Tickets tickets;
    private TicketConversations conversations;
    private String ticketId;

    @BeforeEach
    void openSession() {
        em = crm.em();
        JpaCustomerDirectory directory = crm.directory();
        tickets = directory.tickets();
        conversations = directory.ticketConversations();
        SupportTicketEntity ticket =
                new SupportTicketEntity(ROSSI.value(), null, "u1", "FAULT", "Caldaia", "Non parte", NOW);
        em.persist(ticket);
        em.flush();
        ticketId = ticket.getId();
    }

    @Test
    void customerAndOperatorMessagesKeepTheirAttachmentsApartFromTheOpeningOnes() {
        TicketUpdate reply = conversations.reply(ROSSI, ticketId, message("Mario Rossi", "Ancora ferma", 1));
        long version = reply.conversation().version();
        TicketUpdate answer = conversations.answer(ticketId, version, message("Anna Operatrice", "Arriviamo", 0));

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(answer.outcome()).isEqualTo(Outcome.DONE);
        TicketConversation seen = conversations.conversation(ROSSI, ticketId).orElseThrow();
        assertThat(seen.version()).isEqualTo(version + 1);
        assertThat(seen.messages()).hasSize(2);
        assertThat(seen.messages().get(0).authorKind()).isEqualTo(TicketAuthorKind.CUSTOMER);
        assertThat(seen.messages().get(0).attachments()).singleElement().satisfies(a -> {
            assertThat(a.size()).isEqualTo(PNG.length);
            assertThat(tickets.attachment(ROSSI, ticketId, a.id())).isPresent();
        });
        assertThat(seen.messages().get(1).authorName()).isEqualTo("Anna Operatrice");
        assertThat(seen.messages().get(1).text()).isEqualTo("Arriviamo");
        assertThat(seen.ticket().attachments())
                .as("the opening request's files only")
                .isEmpty();
    }

    @Test
    void anotherCustomersTicketIsNotFoundAndNothingIsWritten() {
        assertThat(conversations.conversation(OTHER, ticketId)).isEmpty();
        assertThat(conversations.reply(OTHER, ticketId, message("Eve", "x", 0)).outcome())
                .isEqualTo(Outcome.NOT_FOUND);
        assertThat(conversations
                        .answer("no-such-ticket", 0, message("Op", "x", 0))
                        .outcome())
                .isEqualTo(Outcome.NOT_FOUND);
        assertThat(conversations.conversation(ticketId).orElseThrow().messages())
                .isEmpty();
    }

    @Test
    void statusChangesAreRecordedAndAStaleVersionChangesNothing() {
        long version = conversations.conversation(ticketId).orElseThrow().version();

        TicketUpdate first = conversations.changeStatus(ticketId, version, SupportTicketStatus.IN_PROGRESS, "Anna");
        TicketUpdate second = conversations.changeStatus(ticketId, version, SupportTicketStatus.CLOSED, "Bruno");
        TicketUpdate staleAnswer = conversations.answer(ticketId, version, message("Bruno", "Chiuso", 0));

        assertThat(first.outcome()).isEqualTo(Outcome.DONE);
        assertThat(first.statusChanged()).isTrue();
        assertThat(second.outcome()).isEqualTo(Outcome.STALE);
        assertThat(staleAnswer.outcome()).isEqualTo(Outcome.STALE);
        TicketConversation now = conversations.conversation(ticketId).orElseThrow();
        assertThat(now.ticket().status()).isEqualTo(SupportTicketStatus.IN_PROGRESS);
        assertThat(now.messages()).isEmpty();
        assertThat(now.statusHistory())
                .containsExactly(new TicketStatusHistoryRecord(
                        SupportTicketStatus.OPEN,
                        SupportTicketStatus.IN_PROGRESS,
                        first.conversation().statusHistory().get(0).changedAt(),
                        "Anna"));
        assertThat(now.version()).isEqualTo(version + 1);
    }

    @Test
    void aClosedTicketTakesNoCustomerMessageButAnOperatorMayStillAnswer() {
        long version = conversations.conversation(ticketId).orElseThrow().version();
        TicketUpdate closed = conversations.changeStatus(ticketId, version, SupportTicketStatus.CLOSED, "Anna");

        assertThat(conversations
                        .reply(ROSSI, ticketId, message("Mario", "Ancora?", 0))
                        .outcome())
                .isEqualTo(Outcome.CLOSED);
        assertThat(conversations.conversation(ticketId).orElseThrow().version())
                .isEqualTo(closed.conversation().version());
        assertThat(conversations
                        .answer(ticketId, closed.conversation().version(), message("Anna", "Risolto", 0))
                        .outcome())
                .isEqualTo(Outcome.DONE);
    }

    /** A second later at every reading, from {@link #NOW}, so messages of one test have distinct times. */
    private static final class TickingClock extends Clock {

        private Instant next = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant now = next;
            next = next.plusSeconds(1);
            return now;
        }
    }

    private static NewTicketMessage message(String author, String text, int attachments) {
        List<NewTicketAttachment> files =
                attachments == 0 ? List.of() : List.of(new NewTicketAttachment("foto.png", "image/png", PNG));
        return new NewTicketMessage(author, text, files);
    }
}
