package it.sportello.keycloak.portal.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketFormTest {

    private static final long MAX = 1024;
    private static final byte[] PDF = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);

    @Test
    void validFormKeepsTrimmedFieldsLowerCaseUniqueContactsAndSniffedTypes() {
        Map<String, String> fields = valid();
        fields.put(TicketForm.CONTACTS, " Tecnico@Example.com, ufficio@example.com ,tecnico@example.com,");
        fields.put(TicketForm.SUPPLY_POINT_ID, "1001");

        TicketForm form =
                TicketForm.parse(fields, List.of(new TicketUpload("C:\\scans\\fattura.pdf", PDF.length, PDF)), MAX);

        assertThat(form.category()).isEqualTo("FAULT");
        assertThat(form.subject()).isEqualTo("Caldaia ferma");
        assertThat(form.supplyPointId()).isEqualTo(1001L);
        assertThat(form.contacts()).containsExactly("tecnico@example.com", "ufficio@example.com");
        assertThat(form.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("fattura.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void textWithANulCharacterIsNotText() {
        for (String field : List.of(TicketForm.SUBJECT, TicketForm.DESCRIPTION)) {
            Map<String, String> fields = valid();
            fields.put(field, "Caldaia\u0000ferma");

            assertThat(fieldsOf(() -> TicketForm.parse(fields, List.of(), MAX)))
                    .as(field)
                    .containsExactly(field);
        }
    }

    @Test
    void missingAndWrongFieldsAreAllReported() {
        Map<String, String> fields = new HashMap<>();
        fields.put(TicketForm.CATEGORY, "P".repeat(65));
        fields.put(TicketForm.SUPPLY_POINT_ID, "abc");
        fields.put(TicketForm.MACHINE_ID, "x1");
        fields.put(TicketForm.CONTACTS, "not-an-address");

        assertThat(fieldsOf(() -> TicketForm.parse(fields, List.of(), MAX)))
                .containsExactlyInAnyOrder(
                        TicketForm.CATEGORY,
                        TicketForm.SUPPLY_POINT_ID,
                        TicketForm.MACHINE_ID,
                        TicketForm.SUBJECT,
                        TicketForm.DESCRIPTION,
                        TicketForm.CONTACTS);
    }

    @Test
    void tooLongTextsTooManyContactsAndTooManyFilesAreRefused() {
        Map<String, String> fields = valid();
        fields.put(TicketForm.SUBJECT, "x".repeat(256));
        assertThat(fieldsOf(() -> TicketForm.parse(fields, List.of(), MAX))).containsExactly(TicketForm.SUBJECT);

        Map<String, String> contacts = valid();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add("c" + i + "@example.com");
        }
        contacts.put(TicketForm.CONTACTS, String.join(",", many));
        assertThat(fieldsOf(() -> TicketForm.parse(contacts, List.of(), MAX))).containsExactly(TicketForm.CONTACTS);

        List<TicketUpload> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new TicketUpload("f" + i + ".pdf", PDF.length, PDF));
        }
        assertThat(fieldsOf(() -> TicketForm.parse(valid(), six, MAX))).containsExactly(TicketForm.ATTACHMENTS);
    }

    @Test
    void oversizedAttachmentIs413AndUnrecognizedContentIs415WhateverItsName() {
        assertThat(statusOf(() -> TicketForm.parse(valid(), List.of(new TicketUpload("big.pdf", MAX + 1, null)), MAX)))
                .isEqualTo(413);
        byte[] html = "<html>".getBytes(StandardCharsets.UTF_8);
        assertThat(statusOf(() -> TicketForm.parse(valid(), List.of(new TicketUpload("photo.png", 6, html)), MAX)))
                .isEqualTo(415);
    }

    @Test
    void machineStateIsOneOfTheListAndGoesWithAMachineOnly() {
        Map<String, String> fields = valid();
        fields.put(TicketForm.MACHINE_ID, " 3 ");
        fields.put(TicketForm.MACHINE_STATE, "DEGRADED");
        TicketForm form = TicketForm.parse(fields, List.of(), MAX);
        assertThat(form.machineId()).isEqualTo(3L);
        assertThat(form.machineState()).isEqualTo(MachineState.DEGRADED);

        fields.put(TicketForm.MACHINE_STATE, "broken");
        assertThat(fieldsOf(() -> TicketForm.parse(fields, List.of(), MAX))).containsExactly(TicketForm.MACHINE_STATE);
        fields.remove(TicketForm.MACHINE_STATE);
        assertThat(fieldsOf(() -> TicketForm.parse(fields, List.of(), MAX)))
                .as("a machine without its state")
                .containsExactly(TicketForm.MACHINE_STATE);
        Map<String, String> withoutMachine = valid();
        withoutMachine.put(TicketForm.MACHINE_STATE, "STOPPED");
        assertThat(fieldsOf(() -> TicketForm.parse(withoutMachine, List.of(), MAX)))
                .as("a state without a machine")
                .containsExactly(TicketForm.MACHINE_STATE);
    }

    @Test
    void filenamesLoseFoldersControlCharactersAndQuotes() {
        assertThat(TicketForm.filename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(TicketForm.filename("a\"b\r\n.png")).isEqualTo("ab.png");
        assertThat(TicketForm.filename("..")).isEqualTo("attachment");
        assertThat(TicketForm.filename(null)).isEqualTo("attachment");
    }

    private static Map<String, String> valid() {
        Map<String, String> fields = new HashMap<>();
        fields.put(TicketForm.CATEGORY, " FAULT ");
        fields.put(TicketForm.SUBJECT, "  Caldaia ferma ");
        fields.put(TicketForm.DESCRIPTION, "Non parte da ieri.");
        return fields;
    }

    private static List<String> fieldsOf(Runnable parse) {
        try {
            parse.run();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return e.problem().errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no problem raised");
    }

    private static int statusOf(Runnable parse) {
        assertThatThrownBy(parse::run).isInstanceOf(ProblemException.class);
        try {
            parse.run();
            return 0;
        } catch (ProblemException e) {
            return e.problem().status();
        }
    }
}
