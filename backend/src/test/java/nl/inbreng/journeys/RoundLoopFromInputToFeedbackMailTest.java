package nl.inbreng.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.feedback.FeedbackMailWorker;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.ContactDetailsRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.TestDatabase;
import nl.inbreng.testing.browser.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's loop, as far as it is built: a resident gives input from the home page with fake personal data and asks
 * to hear back, and ranks a top three; the other channels add input to the same round (see the note in
 * {@link #otherChannelsAddInput}); the round's report (PDF and DOCX) counts every channel and quotes none of the
 * planted personal data; one beheerder proposes the summary and another publishes it; the resident gets exactly
 * one mail and their contact details are gone; "Wat doen we ermee" shows the summary. Axe runs on each page.
 */
@MicronautTest(transactional = false)
class RoundLoopFromInputToFeedbackMailTest extends BrowserTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final List<String> PLANTED = List.of("Piet van Dalen", "Koestraat 27", "TX-456-K", "06-12345678");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminUserRepository users;
    @Inject
    AdminUserRoleRepository roles;
    @Inject
    PasswordHasher hasher;
    @Inject
    RoundRepository rounds;
    @Inject
    ContactDetailsRepository contacts;
    @Inject
    FeedbackMailWorker mailWorker;

    @Override
    protected Map<String, String> moreProperties() {
        SMTP.start();
        Map<String, String> properties = new HashMap<>();
        properties.put("inbreng.mail.host", "127.0.0.1");
        properties.put("inbreng.mail.port", String.valueOf(SMTP.getSmtp().getPort()));
        properties.put("inbreng.mail.from", "veiligheid@veenendijk.example");
        properties.put("inbreng.feedback-mail.poll", "1h");
        return properties;
    }

    @AfterAll
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void inputFromEveryChannelReachesTheReportSafelyAndTheResidentHearsBackOnce() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        rounds.save(new Round(null, null, "lus-" + System.nanoTime(), "Veilig Veenendijk lus", Round.Doelgroep.IEDEREEN,
                null, now.minusDays(10), now.plusDays(10), false, now));
        String email = "bewoner-" + UUID.randomUUID() + "@voorbeeld.nl";
        String marker = "lus" + UUID.randomUUID().toString().substring(0, 8);

        // 1. The resident, from the home page.
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geef uw inbreng").setExact(false)).first().click();
        page.locator("#problem").waitFor();
        assertNoAxeViolations();
        page.locator("#problem").fill("In de woning aan de Koestraat 27 wonen vijftien mensen. De verhuurder heet Piet van Dalen "
                + "en rijdt in een auto met kenteken TX-456-K. Bel mij op 06-12345678. " + marker);
        // The describe-first form may already show the full list; open it if not, and open every veld in it.
        if (!page.locator("#all-themes").isVisible()) {
            page.locator("button[aria-controls='all-themes']").click();
        }
        page.evaluate("() => document.querySelectorAll('#all-themes details').forEach(d => d.open = true)");
        page.locator("[id='theme-1.1']").check();
        page.locator("[id='who-INWONER']").check();
        page.locator("#contact-email").fill(email);
        page.locator("#consent").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk uw inbreng")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        page.getByTestId("receipt").waitFor();
        assertNoAxeViolations();
        long resident = idOf(marker);
        long round = roundOf(resident);
        assertTrue(contacts.findBySubmissionId(resident).isPresent(), "the resident asked to hear back");

        client.toBlocking().exchange(HttpRequest.POST("/api/v1/priorities",
                Map.of("roundId", round, "themeCodes", List.of("1.1", "4.1", "3.1"))));
        otherChannelsAddInput(round);

        // 2. The report, in both formats.
        AdminLogin login = new AdminLogin(client, users, roles, hasher);
        AdminLogin.Session analist = login.as(Role.ANALIST);
        String pdf;
        try (PDDocument document = Loader.loadPDF(client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?round=" + round)), byte[].class))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(client.toBlocking().retrieve(
                analist.withoutCsrf(HttpRequest.GET("/api/admin/reports/opbrengsten.docx?round=" + round)), byte[].class)))) {
            docx = String.join(" ", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            docx += " " + String.join(" ", document.getTables().stream().map(t -> t.getText()).toList());
        }
        for (String channel : List.of("Online (website)", "Marktkraam", "Papieren formulier", "Thematafel")) {
            assertTrue(pdf.contains(channel), () -> "the PDF counts " + channel);
            assertTrue(docx.contains(channel), () -> "the DOCX counts " + channel);
        }
        for (String piece : PLANTED) {
            assertFalse(pdf.contains(piece), () -> "PDF quotes " + piece);
            assertFalse(docx.contains(piece), () -> "DOCX quotes " + piece);
        }

        // 3. Four eyes.
        String title = rounds.findById(round).orElseThrow().title();
        signInAs(login.as(Role.BEHEERDER));
        open("/admin/samenvattingen");
        page.getByLabel("Kies een ronde").selectOption(new SelectOption().setLabel(title));
        page.getByLabel("Tekst voor inwoners").fill("We pakken overbewoning samen met de woningcorporatie aan. " + marker);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel opslaan")).click();
        page.getByTestId("summary-own-proposal").waitFor();
        page.context().clearCookies();
        signInAs(login.as(Role.BEHEERDER));
        open("/admin/samenvattingen");
        page.getByLabel("Kies een ronde").selectOption(new SelectOption().setLabel(title));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nagelezen: publiceren")).click();
        page.getByText("De samenvatting staat op de website.").waitFor();
        assertNoAxeViolations();

        // 4. The mail, once; then the contact details are gone.
        mailWorker.runOnce();
        mailWorker.runOnce();
        assertEquals(1, mailsTo(email).size(), "exactly one mail");
        assertTrue(contacts.findBySubmissionId(resident).isEmpty(), "contact details erased after the mail");

        // 5. What residents read.
        open("/wat-doen-we-ermee");
        Locator summary = page.getByTestId("round-summary").filter(new Locator.FilterOptions().setHasText(marker));
        summary.waitFor();
        assertTrue(summary.textContent().contains("Gepubliceerd op"));
        assertNoAxeViolations();
    }

    /**
     * Kiosk (two inputs), paper and a thematafel outcome reach the round through the public API with their channel.
     * Not yet through their screens: the kiosk's offline reload and the paper and thematafel screens are covered by
     * their own journeys (ResidentGivesInputAtMarketStallTest, StaffTypesInPaperFormsFromTheThemeListTest,
     * FacilitatorRecordsOutcomesTest); chaining them here is left for the lead (see the report of h/loopback).
     */
    private void otherChannelsAddInput(long round) {
        for (String[] input : List.of(new String[] {"MARKTKRAAM", "Te hard rijden bij de markt."},
                new String[] {"MARKTKRAAM", "Jongeren hangen rond bij het station."},
                new String[] {"PAPIER", "Geen verlichting op het fietspad langs de dijk."},
                new String[] {"THEMATAFEL", "De tafel adviseert meer toezicht bij evenementen."})) {
            client.toBlocking().exchange(HttpRequest.POST("/api/v1/submissions", Map.of("themeCodes", List.of("4.1"),
                    "problem", input[1], "respondentType", "INWONER", "channel", input[0], "roundId", round)));
        }
    }

    private void signInAs(AdminLogin.Session session) {
        page.context().addCookies(List.of(new Cookie("INBRENG_ADMIN", session.cookie())
                .setDomain("localhost").setPath("/").setHttpOnly(true)));
    }

    private static List<MimeMessage> mailsTo(String email) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
                found.add(message);
            }
        }
        return found;
    }

    private static long idOf(String marker) throws Exception {
        return single("SELECT id FROM submission WHERE problem LIKE ?", "%" + marker + "%");
    }

    private static long roundOf(long submission) throws Exception {
        return single("SELECT round_id FROM submission WHERE id = ?", submission);
    }

    private static long single(String sql, Object parameter) throws Exception {
        try (Connection connection = TestDatabase.get().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), "found");
                return rs.getLong(1);
            }
        }
    }
}
