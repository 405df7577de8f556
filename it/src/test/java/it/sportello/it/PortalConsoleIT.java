package it.sportello.it;

import static it.sportello.it.support.PortalConsole.testId;
import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.AccessibilityAudit;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PortalConsole;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The account console of the customer portal (the `sportello` account theme) in Chromium, on the real portal API: a
 * CRM customer signs in, switches supply point (kept across pages and reloads), downloads an invoice PDF and the
 * consumption CSV, sends and withdraws a meter reading (and sees the server's refusal of a second one the same day),
 * opens a support request with an attachment (notification mail), changes the phone (written back to the CRM), and
 * reads a supply point's contract and meter.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalConsoleIT {

    /** C0001's demo supply points: electricity (8 invoices), gas, water. */
    private static final long ELECTRICITY = 1001;

    private static final long GAS = 1002;
    private static final long WATER = 1003;
    private static final String DEMO_PHONE = "+39 055 1234567";
    private static final String DEMO_BCRYPT = "$2a$10$Vuu4lgFWQ17oFeurMynXY.PS7Wsruh063QEUP7Dtgan4.vOuN3eE6";

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private PortalConsole console;

    @BeforeEach
    void signIn() throws Exception {
        // another class of the suite may have spoiled C0001's legacy hash (it proves Keycloak's own hash is used
        // afterwards); this class's realm is new, so the customer signs in with the CRM password again
        crm.update("C0001", "legacy_password_hash", DEMO_BCRYPT);
        crm.update("C0001", "legacy_password_algorithm", "BCRYPT");
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
        console = new PortalConsole(driver, realm.getBaseUrl());
        console.signIn(loginPage, "C0001", DemoCustomers.ROSSI_PASSWORD);
    }

    @AfterEach
    void restoreCrm() throws Exception {
        crm.update("C0001", "phone", DEMO_PHONE);
    }

    @Test
    void menuHasStockAndPortalPagesInTheUsersLanguage() {
        String expected = "it".equals(console.lang()) ? "Punti di fornitura" : "Supply points";
        assertThat(console.menuText("supply-points")).isEqualTo(expected);
        assertThat(console.menuText("signing-in")).isNotBlank().isNotEqualTo("signingIn");
        assertThat(console.menuText("device-activity")).isNotBlank().isNotEqualTo("deviceActivity");
        console.menu("signing-in");
        assertThat(console.currentUrl()).contains("/account/account-security/signing-in");
    }

    @Test
    void supplyPointChoiceIsKeptAcrossPagesAndReloadsAndInvoicePdfDownloads() {
        // from a known choice: another test of this class may have left the gas point chosen in this browser
        console.open("supply-points?sp=" + ELECTRICITY);
        console.visible(By.cssSelector("[data-testid='supply-point-" + ELECTRICITY + "'] .pf-v5-c-label"));
        console.visible(testId("supply-point-" + WATER));
        assertThat(console.all(By.cssSelector("[data-testid^='supply-point-1']")))
                .hasSize(3);
        console.click(By.cssSelector("[data-testid='supply-point-" + GAS + "'] button"));
        console.visible(By.cssSelector("[data-testid='supply-point-" + GAS + "'] .pf-v5-c-label"));
        assertThat(console.currentUrl()).contains("sp=" + GAS);

        console.menu("invoices");
        console.visible(testId("invoice-FT2025-000004"));
        assertThat(console.selectedSupplyPoint()).isEqualTo(String.valueOf(GAS));
        assertThat(console.currentUrl()).contains("sp=" + GAS);

        console.selectSupplyPoint(ELECTRICITY);
        console.visible(testId("invoice-FT2025-000001"));
        assertThat(console.all(By.cssSelector("[data-testid^='invoice-FT']"))).hasSize(8);

        // a new visit without the query: the choice comes back from the browser's storage
        console.open("invoices");
        assertThat(console.selectedSupplyPoint()).isEqualTo(String.valueOf(ELECTRICITY));
        console.click(testId("invoice-pdf-FT2025-000001"));
        assertThat(console.downloadedStart("='FT2025-000001.pdf'", 5)).isEqualTo("%PDF-");
    }

    @Test
    void consumptionChartAndCsv() {
        console.open("consumption?sp=" + ELECTRICITY);
        console.choose(By.id("consumption-year"), "2025");
        // for a screen reader one image, named by a summary of the year's series (the chart of 2025, not the one it
        // replaces) and described by the table of the same numbers
        WebElement chart = console.visible(By.cssSelector("[data-testid='consumption-chart'][aria-label*='2025']"));
        assertThat(chart.findElements(By.tagName("rect"))).as("a bar a month").hasSize(12);
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label")).contains("kWh");
        assertThat(console.all(By.xpath("//*[@id='" + chart.getAttribute("aria-describedby") + "']")))
                .singleElement()
                .satisfies(table -> assertThat(table.getTagName()).isEqualTo("table"));
        assertThat(chart.findElement(By.cssSelector("[data-testid='consumption-chart-unit']"))
                        .getText())
                .as("the value axis names its unit")
                .isEqualTo("kWh");
        console.click(testId("consumption-csv"));
        assertThat(console.downloadedStart("$='-2025.csv'", 16)).isEqualTo("month,energy_kwh");
    }

    @Test
    void readingIsSentRefusedTwiceTheSameDayThenWithdrawn() throws Exception {
        // other classes may leave today's reading on this supply point, and there is one per supply point and day
        deleteReadingsOf(WATER);
        console.open("readings?sp=" + WATER);
        console.visible(testId("reading-form"));
        Set<String> before = readingIds();
        BigDecimal last = console.all(By.cssSelector("[data-meter-value]")).stream()
                .map(row -> new BigDecimal(row.getAttribute("data-meter-value")))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.valueOf(100));
        BigDecimal value = last.add(new BigDecimal("1.5"));

        // typed the Italian way, with a decimal comma
        console.type(By.id("reading-meter"), value.toPlainString().replace('.', ','));
        console.click(testId("reading-submit"));
        String id = driverWait(() -> readingIds().stream()
                .filter(r -> !before.contains(r))
                .findFirst()
                .orElse(null));
        WebElement row = console.visible(testId("reading-" + id));
        assertThat(new BigDecimal(row.getAttribute("data-meter-value"))).isEqualByComparingTo(value);

        // one reading per supply point and day: the server's problem message is shown
        console.type(By.id("reading-meter"), value.toPlainString());
        console.click(testId("reading-submit"));
        assertThat(console.problem()).isNotBlank();

        console.click(testId("reading-delete-" + id));
        console.click(testId("reading-delete-confirm"));
        console.gone(testId("reading-" + id));
        assertThat(readingIds()).isEqualTo(before);
    }

    @Test
    void readingFormIsDisabledWithTheReasonWhileTheWindowIsClosed() throws Exception {
        int today = LocalDate.now(ZoneId.of("Europe/Rome")).getDayOfMonth();
        int closedDay = today == 1 ? 2 : 1;
        setWaterWindow(closedDay, closedDay);
        try {
            console.open("readings?sp=" + WATER);
            console.visible(testId("reading-form"));
            WebElement reason = console.visible(By.id("reading-window"));
            assertThat(reason.getText()).isNotBlank();
            assertThat(console.visible(By.id("reading-meter")).isEnabled()).isFalse();
            WebElement submit = console.visible(testId("reading-submit"));
            assertThat(submit.isEnabled()).isFalse();
            assertThat(submit.getAttribute("aria-describedby")).isEqualTo("reading-window");
        } finally {
            setWaterWindow(1, 31);
        }
    }

    @Test
    void requestIsReviewedBeforeSendingBackKeepsTheInputAndSendOpensListsAndMailsIt() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        String count = "select count(*) from support_ticket where customer_code = 'C0001'";
        long ticketsBefore = crm.number(count);
        Path screenshot = pngFile();
        console.menu("requests");
        console.click(testId("ticket-new"));
        console.choose(By.id("ticket-category"), "FAULT");
        console.choose(By.id("ticket-supply-point"), String.valueOf(ELECTRICITY));
        assertThat(console.all(By.id("ticket-machine")))
                .as("no machines: no machine field")
                .isEmpty();
        console.type(By.id("ticket-subject"), "Display spento");
        console.type(By.id("ticket-description"), "Il display del contatore non si accende più.");
        console.type(By.id("ticket-contacts"), "tecnico@example.com");
        console.upload(By.id("ticket-attachments"), screenshot.toAbsolutePath().toString());
        console.click(testId("ticket-continue"));

        // the summary, read only, instead of the fields; the focus on its heading
        console.visible(testId("ticket-review"));
        console.gone(By.id("ticket-subject"));
        assertThat(driver.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("ticket-review-title");
        assertThat(console.visible(testId("ticket-review-category")).getText())
                .isIn("Guasti e problemi delle macchine", "Faults and machine problems");
        assertThat(console.visible(testId("ticket-review-supply-point")).getText())
                .isNotBlank();
        assertThat(console.visible(testId("ticket-review-subject")).getText()).isEqualTo("Display spento");
        assertThat(console.visible(testId("ticket-review-description")).getText())
                .isEqualTo("Il display del contatore non si accende più.");
        assertThat(console.visible(testId("ticket-review-contacts")).getText()).isEqualTo("tecnico@example.com");
        assertThat(console.visible(testId("ticket-review-attachments")).getText())
                .contains(screenshot.getFileName().toString(), "(" + Files.size(screenshot) + " byte");
        assertThat(crm.number(count)).as("nothing sent before Send").isEqualTo(ticketsBefore);

        // Back, by keyboard: the fields as typed, the file still chosen
        console.visible(testId("ticket-back")).sendKeys(Keys.ENTER);
        console.gone(testId("ticket-review"));
        assertThat(console.visible(By.id("ticket-subject")).getDomProperty("value"))
                .isEqualTo("Display spento");
        assertThat(console.visible(By.id("ticket-category")).getDomProperty("value"))
                .isEqualTo("FAULT");
        assertThat(console.visible(By.id("ticket-contacts")).getDomProperty("value"))
                .isEqualTo("tecnico@example.com");
        assertThat(console.visible(By.id("ticket-attachments")).getDomProperty("value"))
                .endsWith(screenshot.getFileName().toString());
        console.click(testId("ticket-continue"));
        console.visible(testId("ticket-review"));
        console.click(testId("ticket-submit"));

        console.gone(testId("ticket-form"));
        WebElement subject = console.visible(By.xpath("//table[@data-testid='tickets']//button[.='Display spento']"));
        subject.click();
        WebElement attachment =
                console.visible(By.xpath("//*[@role='dialog']//li[button[.='" + screenshot.getFileName() + "']]"));
        // a file of a few dozen bytes, told in bytes rather than as "0 KB"
        assertThat(attachment.getText()).contains("(" + Files.size(screenshot) + " byte");

        assertThat(mail.waitForIncomingEmail(20_000, mailsBefore + 2)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(Arrays.stream(received, mailsBefore, received.length)
                        .flatMap(PortalConsoleIT::recipients)
                        .map(a -> a.toString().toLowerCase(Locale.ROOT)))
                .contains("mario.rossi@example.com");
        // the customer opened it; the contact was named by the customer
        assertThat(Mails.plainText(mailTo(received, mailsBefore, "mario.rossi@example.com")))
                .containsAnyOf("hai aperto", "you opened")
                .doesNotContain("sei tra i suoi contatti", "you are among its contacts");
        assertThat(Mails.plainText(mailTo(received, mailsBefore, "tecnico@example.com")))
                .containsAnyOf("ha indicato questo indirizzo", "named this address");
    }

    @Test
    void requestWhoseTypeTheCrmWithdrewBeforeSendIsRefusedAndTheFieldsComeBackWithTheServersError() throws Exception {
        String count = "select count(*) from support_ticket where customer_code = 'C0001'";
        crm.execute("delete from tipo_richiesta where codice = 'IT_CONSOLE'");
        crm.execute(
                "insert into tipo_richiesta (codice, descrizione_it, descrizione_en, descrizione_ro, per_residenziali,"
                        + " per_business, per_fornitori, attivo, ordine) values ('IT_CONSOLE', 'Tipo di prova', 'Test type',"
                        + " null, true, true, true, true, 999)");
        try {
            console.menu("requests");
            console.click(testId("ticket-new"));
            console.choose(By.id("ticket-category"), "IT_CONSOLE");
            console.type(By.id("ticket-subject"), "Richiesta di prova");
            console.type(By.id("ticket-description"), "Tipo ritirato prima dell'invio.");
            console.click(testId("ticket-continue"));
            assertThat(console.visible(testId("ticket-review-category")).getText())
                    .isIn("Tipo di prova", "Test type");
            long ticketsBefore = crm.number(count);
            crm.execute("update tipo_richiesta set attivo = false where codice = 'IT_CONSOLE'");
            console.click(testId("ticket-submit"));

            // the fields again, as typed, the server's message on the category
            console.gone(testId("ticket-review"));
            assertThat(console.visible(By.id("ticket-subject")).getDomProperty("value"))
                    .isEqualTo("Richiesta di prova");
            assertThat(console.visible(By.id("ticket-category-helper")).getText())
                    .isIn("Scegli una categoria dall'elenco.", "Choose a category from the list.");
            assertThat(console.visible(testId("ticket-continue")).isDisplayed()).isTrue();
            assertThat(crm.number(count)).as("nothing stored").isEqualTo(ticketsBefore);
        } finally {
            crm.execute("delete from tipo_richiesta where codice = 'IT_CONSOLE'");
        }
    }

    @Test
    void selectedSupplyPointShowsItsContractWithTheIbanMaskedAndPassesTheAccessibilityCheck() {
        console.open("supply-points?sp=" + ELECTRICITY);
        WebElement details = console.visible(testId("contract-details"));
        assertThat(console.visible(testId("portalContractOffer")).getText()).isEqualTo("Luce Sicura Bioraria");
        assertThat(console.visible(testId("portalContractIban")).getText()).isEqualTo("IT** **** **** 3456");
        assertThat(details.getText())
                .doesNotContain("IT60X0542811101000000123456")
                .contains("E2-2017004571")
                .containsPattern("4[,.]5 kW");
        AccessibilityAudit audit = new AccessibilityAudit(driver.driver());
        audit.check("console, supply points with the contract");

        // another supply point: its own contract, the gas meter's class
        console.click(By.cssSelector("[data-testid='supply-point-" + GAS + "'] button"));
        console.visible(By.xpath("//*[@data-testid='portalContractMeterClass' and .='G4']"));
        assertThat(console.visible(testId("portalContractOffer")).getText()).isEqualTo("Gas Casa Indicizzata");
        audit.assertClean();
    }

    @Test
    void phoneIsChangedAndWrittenBackToTheCrm() throws Exception {
        console.menu("personal-info");
        console.visible(testId("customer-record"));
        assertThat(console.visible(testId("customer-record")).getText()).contains("C0001");
        // a number no earlier test or class has set, so the save is a real change whatever the account held before
        String phone = "+39 055 " + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        console.type(By.id("contact-phone"), phone);
        console.click(testId("contact-save"));
        console.visible(By.cssSelector(".pf-v5-c-alert.pf-m-success"));
        assertThat(crm.column("C0001", "phone")).contains(phone);
    }

    @Test
    void phoneChangedInTheCrmMeanwhileIsNotOverwrittenAndTheFormShowsIt() throws Exception {
        console.menu("personal-info");
        console.visible(testId("contact-form"));
        // customer service changes the phone while the form is open
        String meanwhile = "+39 055 " + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        crm.execute("update customer set phone = '" + meanwhile + "' where customer_code = 'C0001'");

        console.type(By.id("contact-phone"), "+39 055 0000001");
        console.click(testId("contact-save"));

        assertThat(console.visible(By.cssSelector("[data-testid='contact-form'] [data-testid='portal-problem']"))
                        .getText())
                .containsAnyOf("Recapiti modificati nel frattempo", "Contact details changed meanwhile");
        assertThat(crm.column("C0001", "phone")).contains(meanwhile);
        PageWaits.until(
                driver,
                d -> meanwhile.equals(d.findElement(By.id("contact-phone")).getDomProperty("value")));
    }

    private static void setWaterWindow(int fromDay, int toDay) throws Exception {
        try (Connection c = SportelloServerConfig.CRM.connect();
                PreparedStatement s = c.prepareStatement(
                        "update reading_window set from_day = ?, to_day = ? where commodity = 'WATER'")) {
            s.setInt(1, fromDay);
            s.setInt(2, toDay);
            s.executeUpdate();
        }
    }

    private static void deleteReadingsOf(long supplyPointId) throws Exception {
        try (Connection c = SportelloServerConfig.CRM.connect();
                PreparedStatement s = c.prepareStatement("delete from meter_reading where supply_point_id = ?")) {
            s.setLong(1, supplyPointId);
            s.executeUpdate();
        }
    }

    private Set<String> readingIds() {
        return console.all(By.cssSelector("[data-reading-date]")).stream()
                .map(row -> row.getAttribute("data-testid").substring("reading-".length()))
                .collect(Collectors.toSet());
    }

    private <T> T driverWait(java.util.function.Supplier<T> value) {
        return PageWaits.until(driver, d -> value.get());
    }

    private static MimeMessage mailTo(MimeMessage[] received, int from, String address) {
        return Arrays.stream(received, from, received.length)
                .filter(m -> recipients(m).anyMatch(a -> a.toString().equalsIgnoreCase(address)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static java.util.stream.Stream<Address> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? java.util.stream.Stream.empty() : Arrays.stream(all);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path pngFile() throws Exception {
        Path file = Files.createTempDirectory("portal-console-it").resolve("display.png");
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        File out = file.toFile();
        ImageIO.write(image, "png", out);
        out.deleteOnExit();
        return file;
    }
}
