package nl.inbreng.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.feedback.FeedbackMailWorker;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.ContactDetailsRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.Sql;
import nl.inbreng.testing.browser.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's loop, every step through the screens people use: a resident gives input from the home page (with fake
 * personal data, asking to hear back) and ranks a top three in the same round; a beheerder plans a stall day for the
 * round; its tablet takes two inputs offline, restarts without network and syncs; stall staff type in a paper form;
 * a facilitator records a thematafel outcome. The round's report (PDF and DOCX), dashboard and prioritisation count
 * every channel and the report quotes none of the planted personal data; one beheerder proposes the summary and
 * another publishes it; the resident gets exactly one mail and their contact details are gone; "Wat doen we ermee"
 * shows the summary. axe-core runs on each new or changed page. It waits on what the screen shows, never on time.
 */
@SuppressWarnings("unchecked")
class RoundLoopFromInputToFeedbackMailIT extends BrowserTest {

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
    GemeenteRepository gemeenten;
    @Inject
    ContactDetailsRepository contacts;
    @Inject
    FeedbackMailWorker mailWorker;

    @Override
    protected Map<String, String> extraProperties() {
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
        // a long journey on a shared, busy machine: patience per step, but every wait is on what the screen shows
        page.context().setDefaultTimeout(60_000);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = LocalDateTime.now();
        // the journey's own gemeente keeps its rounds out of other tests' stall days in the shared schema
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "lusdorp-" + suffix, "Lusdorp", 8_000));
        Round round = rounds.save(aRound().inGemeente(gemeente.id()).slug("lus-" + suffix)
                .titled("Veilig Veenendijk lus " + suffix).forEveryone().withoutIntro()
                .openBetween(now.minusDays(10), now.plusDays(10)).build());
        // a second round open for residents, so the resident is asked which round the input is for
        rounds.save(aRound().inGemeente(gemeente.id()).slug("lus-jeugd-" + suffix)
                .titled("Jeugd in de buurt " + suffix).forInwoners().withoutIntro()
                .openBetween(now.minusDays(10), now.plusDays(5)).build());
        String email = "bewoner-" + suffix + "@voorbeeld.nl";
        String marker = "lus" + suffix;

        residentGivesInputFromTheHomePageAndRanksATopThree(round, email, marker);
        long resident = idOf(marker, "ONLINE");
        assertEquals(round.id(), roundOf(resident), "the resident chose the round");
        assertTrue(contacts.findBySubmissionId(resident).isPresent(), "the resident asked to hear back");

        StallDay stallDay = beheerderPlansAStallDayInTheRound(round);
        kioskTakesTwoInputsOfflineSurvivesAReloadAndSyncs(stallDay, round, marker);
        staffTypeInAPaperForm(stallDay, round, marker);
        facilitatorRecordsATableOutcome(round, marker);
        for (String channel : List.of("ONLINE", "MARKTKRAAM", "PAPIER", "THEMATAFEL")) {
            assertEquals(channel.equals("MARKTKRAAM") ? 2 : 1, countInRound(marker, channel, round.id()), channel);
        }

        // 2. The report (both formats), the dashboard and the prioritisation count every channel's input of the round.
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        String pdf;
        try (PDDocument document = Loader.loadPDF(client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?round=" + round.id())), byte[].class))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(client.toBlocking().retrieve(
                analist.withoutCsrf(HttpRequest.GET("/api/admin/reports/opbrengsten.docx?round=" + round.id())), byte[].class)))) {
            docx = String.join(" ", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            docx += " " + String.join(" ", document.getTables().stream().map(t -> t.getText()).toList());
            docx = docx.replaceAll("\\s+", " ");
        }
        for (String text : List.of(pdf, docx)) {
            assertTrue(text.contains("In totaal kwamen er 5 inbrengen binnen."), () -> "five inputs in " + text);
            assertTrue(text.contains("1 persoon koos een top drie van thema's."), () -> "one top three in " + text);
            for (String row : List.of("Online (website) 1", "Marktkraam 2", "Papieren formulier 1", "Thematafel 1")) {
                assertTrue(text.contains(row), () -> "the report counts " + row + " in " + text);
            }
            for (String piece : PLANTED) {
                assertFalse(text.contains(piece), () -> "the report quotes " + piece);
            }
        }
        Map<String, Object> dashboard = client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/dashboard?round=" + round.id())), Argument.mapOf(String.class, Object.class));
        assertEquals(5, ((Number) dashboard.get("total")).intValue(), "the dashboard counts every channel");
        Map<String, Object> prioritisation = client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/prioritisation?round=" + round.id())), Argument.mapOf(String.class, Object.class));
        List<Map<String, Object>> themes = (List<Map<String, Object>>) prioritisation.get("themes");
        assertEquals(5, themes.stream().mapToInt(t -> ((Number) t.get("inputs")).intValue()).sum(),
                "the prioritisation counts every channel's input (one theme each)");
        assertEquals(3, themes.stream().filter(t -> t.get("code").equals("1.1"))
                .mapToInt(t -> ((Number) t.get("votePoints")).intValue()).sum(), "the top three's first place counts");
        assertEquals(1, themes.stream().filter(t -> t.get("code").equals("3.1"))
                .mapToInt(t -> ((Number) t.get("tableInputs")).intValue()).sum(), "the table's outcome counts");

        // 3. Four eyes.
        signInAs(Role.BEHEERDER);
        open("/admin/samenvattingen");
        page.getByLabel("Kies een ronde").selectOption(new SelectOption().setLabel(round.title()));
        page.getByLabel("Tekst voor inwoners").fill("We pakken overbewoning samen met de woningcorporatie aan. " + marker);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel opslaan")).click();
        page.getByTestId("summary-own-proposal").waitFor();
        assertEquals(0, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nagelezen: publiceren")).count(),
                "the proposer cannot publish");
        page.context().clearCookies();
        signInAs(Role.BEHEERDER);
        open("/admin/samenvattingen");
        page.getByLabel("Kies een ronde").selectOption(new SelectOption().setLabel(round.title()));
        page.getByTestId("summary-mail-counts").getByText("Nog te mailen bij publiceren: 1.").waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nagelezen: publiceren")).click();
        page.getByText("De samenvatting staat op de website.").waitFor();
        assertNoAxeViolations();

        // 4. The mail, once; then the contact details are gone.
        mailWorker.runOnce();
        mailWorker.runOnce();
        List<MimeMessage> mails = mailsTo(email);
        assertEquals(1, mails.size(), "exactly one mail");
        String mail = GreenMailUtil.getBody(mails.get(0));
        assertTrue(mail.contains("/wat-doen-we-ermee") && mail.contains("/mijn-inbreng"), "links to the summary and to the input");
        assertFalse(mail.contains("<img"), "no images, so no tracking pixel");
        assertTrue(contacts.findBySubmissionId(resident).isEmpty(), "contact details erased after the mail");

        // 5. What residents read.
        open("/wat-doen-we-ermee");
        Locator summary = page.getByTestId("round-summary").filter(new Locator.FilterOptions().setHasText(marker));
        summary.waitFor();
        assertTrue(summary.textContent().contains("Gepubliceerd op"));
        assertNoAxeViolations();
    }

    /** Home page, the describe-first form with the full theme list, a round choice, a receipt, then the top three. */
    private void residentGivesInputFromTheHomePageAndRanksATopThree(Round round, String email, String marker) {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geef uw inbreng").setExact(false)).first().click();
        Locator problem = page.getByLabel("Wat speelt er?");
        problem.waitFor();
        assertNoAxeViolations();
        problem.fill("In de woning aan de Koestraat 27 wonen vijftien mensen. De verhuurder heet Piet van Dalen "
                + "en rijdt in een auto met kenteken TX-456-K. Bel mij op 06-12345678. " + marker);
        // straight from the text to "choose from all topics": leaving the field must not swallow this click
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kies zelf uit alle onderwerpen")).click();
        Locator list = page.locator("#all-themes");
        list.waitFor();
        // the proposals for the text arrive (or there are none); then nothing moves under the next clicks
        waitUntil(page, "() => !!document.querySelector('[data-testid=proposals]') "
                + "|| !document.querySelector(\"button[aria-controls='all-themes']\")");
        list.getByText("Veilige woon- en leefomgeving").click();
        list.getByLabel("Sociale kwaliteit", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Inwoner", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByTestId("round-choice").getByLabel(round.title()).check();
        page.getByLabel("E-mailadres").fill(email);
        page.locator("#consent").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk uw inbreng")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        page.getByTestId("receipt").waitFor();
        assertNoAxeViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kies ook uw top 3 onderwerpen")).click();
        assertTrue(page.getByTestId("round-notice").textContent().contains(round.title()), "the top three counts in the same round");
        for (String theme : List.of("Sociale kwaliteit", "Verkeersveiligheid", "Jeugdoverlast")) {
            page.getByLabel("Kies een onderwerp").selectOption(new SelectOption().setLabel(theme));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        }
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgorde versturen")).click();
        page.getByText("Dank u wel! Uw volgorde is ontvangen.").waitFor();
    }

    /** The beheerder makes a kraammoment in the admin app for this round; the screen shows the tablet link and code. */
    private record StallDay(long id, String kioskLink, String unlockCode) {
    }

    private StallDay beheerderPlansAStallDayInTheRound(Round round) {
        page.context().clearCookies();
        signInAs(Role.BEHEERDER);
        open("/admin/kraammomenten");
        page.getByLabel("Plek").fill("Marktplein");
        page.getByLabel("Ronde", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(round.title()));
        // forgotten name and date: said in Dutch at each field, and what was filled in stays
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kraammoment maken")).click();
        assertEquals("Vul een naam in, bijvoorbeeld \"Weekmarkt woensdag 12 oktober\".",
                page.locator("#kraam-name-error").textContent().trim());
        assertEquals("Vul de datum in.", page.locator("#kraam-date-error").textContent().trim());
        assertEquals("Marktplein", page.getByLabel("Plek").inputValue());
        assertEquals(round.title(), page.locator("#kraam-round option:checked").textContent().trim());
        assertNoAxeViolations();
        page.getByLabel("Naam").fill("Weekmarkt lus " + round.slug());
        page.getByLabel("Datum").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kraammoment maken")).click();
        Locator created = page.locator("section.created");
        created.waitFor();
        assertEquals("Ronde: " + round.title(), created.getByTestId("created-round").textContent().trim());
        assertNoAxeViolations();
        String kioskLink = created.locator("code").textContent().trim();
        String unlockCode = created.locator("strong.code").textContent().trim();
        // the list names the stall day's round; its paper entry link carries its id
        Locator listed = page.locator(".kraam-list li").filter(new Locator.FilterOptions().setHasText("Weekmarkt lus " + round.slug()));
        assertTrue(listed.textContent().contains("Ronde: " + round.title()));
        String paperEntry = listed.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Papieren formulieren invoeren"))
                .getAttribute("href");
        String[] path = paperEntry.split("/");
        return new StallDay(Long.parseLong(path[path.length - 2]), kioskLink, unlockCode);
    }

    /** Two residents at the stall while the Wi-Fi is down; the tablet restarts without network; later it syncs. */
    private void kioskTakesTwoInputsOfflineSurvivesAReloadAndSyncs(StallDay stallDay, Round round, String marker)
            throws Exception {
        page.context().clearCookies();
        page.navigate(stallDay.kioskLink());
        page.getByLabel("Code").fill(stallDay.unlockCode());
        button("Ontgrendelen").click();
        button("Begin").waitFor();
        waitUntil(page, "() => navigator.serviceWorker.controller !== null");

        page.context().setOffline(true);
        giveKioskInput("Te hard rijden langs de markt " + marker, "Ik woon hier");
        giveKioskInput("Jongeren hangen rond bij het station " + marker, "Ik ben een jongere");
        page.reload();
        button("Begin").waitFor();
        assertEquals("U praat mee over: " + round.title(), page.getByTestId("kiosk-round").textContent().trim(),
                "the stall day's round is known after a restart without network");
        button("Medewerker").click();
        page.getByLabel("Code").fill(stallDay.unlockCode());
        button("Verder").click();
        assertEquals("2 inzendingen wachten op verzending", page.getByTestId("waiting").textContent().trim());
        assertEquals(0, countInRound(marker, "MARKTKRAAM", null), "nothing stored while offline");

        page.context().setOffline(false);
        waitUntil(page, "() => document.querySelector('[data-testid=waiting]').textContent.startsWith('Geen')");
        assertEquals(2, countInRound(marker, "MARKTKRAAM", null));
    }

    private void giveKioskInput(String problem, String whoAreYou) {
        button("Begin").click();
        page.locator("button[aria-controls='veld-4']").click();
        button("Verkeersveiligheid").click();
        button("Verder").click();
        page.getByLabel("Wat is er mis?").fill(problem);
        button("Verder").click();
        button("Verder").click();
        button("Verder").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wie bent u?")).waitFor();
        button(whoAreYou).click();
        button("Versturen").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dank u wel!")).waitFor();
        button("Klaar").click();
    }

    /** Stall staff type in a filled-in paper form, picking the ticked theme by its code. */
    private void staffTypeInAPaperForm(StallDay stallDay, Round round, String marker) {
        signInAs(Role.KRAAM);
        open("/admin/kraammomenten/" + stallDay.id() + "/papier");
        page.getByLabel("1.2 Fysieke kwaliteit").waitFor();
        assertTrue(page.getByTestId("paper-moment").textContent().contains("Ronde: " + round.title()), "where the forms count");
        page.keyboard().type("1.2");
        press("Enter");
        page.getByLabel("Wat is er mis?").fill("Geen verlichting op het fietspad langs de dijk. " + marker);
        page.getByLabel("Inwoner (ik woon hier)").check();
        button("Opslaan en volgende").click();
        page.getByText("1 formulier opgeslagen").waitFor();
    }

    /** The thematafel of this round meets; the facilitator records what the table said about one theme. */
    private void facilitatorRecordsATableOutcome(Round round, String marker) {
        AdminLogin.Session facilitator = adminLogin.signInAs(Role.FACILITATOR);
        LocalDateTime start = LocalDateTime.now().plusDays(2).withHour(19).withMinute(30).withSecond(0).withNano(0);
        Map<String, Object> planned = client.toBlocking().retrieve(facilitator.authorize(HttpRequest.POST("/api/admin/tables",
                Map.of("title", "Tafel jeugd " + marker, "themeCodes", List.of("3.1"), "startsAt", start.toString(),
                        "endsAt", start.plusHours(2).toString(), "place", "Bibliotheek", "capacity", 12,
                        "roundId", round.id()))), Argument.mapOf(String.class, Object.class));
        page.context().clearCookies();
        signInWith(facilitator);
        open("/admin/thematafels");
        page.selectOption("#session", String.valueOf(planned.get("id")));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tafel jeugd " + marker)).waitFor();
        page.fill("#themeCode-search", "3.1");
        page.press("#themeCode-search", "Enter");
        page.fill("#problem", "De tafel ziet groepen jongeren bij het station. " + marker);
        page.selectOption("#priorityRank", "1");
        page.click("form button:has-text('Opslaan')");
        page.locator("li", new Page.LocatorOptions().setHasText("De tafel ziet groepen jongeren")).waitFor();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
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

    private static long idOf(String marker, String channel) throws Exception {
        return Sql.number("SELECT id FROM submission WHERE problem LIKE ? AND channel = ?", "%" + marker + "%", channel);
    }

    private static long roundOf(long submission) throws Exception {
        return Sql.number("SELECT round_id FROM submission WHERE id = ?", submission);
    }

    /** Inputs with the marker from one channel, in the round (or in any round when null). */
    private static long countInRound(String marker, String channel, Long round) throws Exception {
        return round == null
                ? Sql.number("SELECT COUNT(*) FROM submission WHERE problem LIKE ? AND channel = ?", "%" + marker + "%", channel)
                : Sql.number("SELECT COUNT(*) FROM submission WHERE problem LIKE ? AND channel = ? AND round_id = ?",
                        "%" + marker + "%", channel, round);
    }
}
