package nl.inbreng.submissions.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The werkgroep's own admin screens in Chromium: an analyst imports a spreadsheet through column mapping and preview
 * and finds the rows in the inbox; a beheerder creates an account, changes it and finds that in the audit log.
 * axe-core checks every new page in the states a user meets.
 */
class WerkgroepImportsAndManagesAccountsIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    AdminUserRepository users;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    RoundRepository rounds;
    @Inject
    RoundThemeRepository roundThemes;
    @Inject
    SubmissionRepository submissions;

    @Test
    void analystImportsACsvThroughMappingAndPreviewAndFindsTheRowsInTheInbox() throws Exception {
        String username = "import-analist-" + System.nanoTime();
        adminLogin.createUser(username, Role.ANALIST);
        String word = "scootmobiel" + UUID.randomUUID().toString().substring(0, 6);
        String newTheme = "Bladblazers " + word;
        // last month's survey belongs to last month's round, although that round has closed
        Round lastMonth = aRound().forEveryone().titled("Enquête september " + word)
                .closedSince(LocalDateTime.now().minusDays(5)).saveWith(rounds, roundThemes);
        Path csv = Files.createTempFile("enquete", ".csv");
        Files.writeString(csv, "Respondent ID;Wat gaat er mis?;Thema;Ik ben\n"
                + "R1;Een " + word + " rijdt te hard over de stoep;Verkeersveiligheid;inwoner\n"
                + "R2;;1.1;\n"
                + "R3;Nog een " + word + " bij de markt;" + newTheme + ";ondernemer\n", StandardCharsets.UTF_8);

        open("/admin/importeren");
        signInThroughTheForm(username);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbreng importeren")).waitFor();
        assertNoAxeViolations();

        page.locator("#import-file").setInputFiles(csv);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("3. Voorbeeld")).waitFor();
        assertEquals("Wat gaat er mis?", page.locator("#map-text").inputValue(), "the text column is guessed from its name");
        assertEquals("Respondent ID", page.locator("#map-id").inputValue());
        assertEquals("Thema", page.locator("#map-theme").inputValue());
        assertEquals("Ik ben", page.locator("#map-respondent").inputValue());
        page.getByText("2 regels worden inbreng. Wij slaan 1 regel over.").waitFor();
        page.getByLabel("Ronde (niet verplicht)").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(lastMonth.title()));
        Locator skipped = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Overgeslagen regels met de reden"));
        assertTrue(skipped.textContent().contains("Er staat geen tekst in kolom 'Wat gaat er mis?'"), skipped.textContent());
        page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(newTheme)).waitFor();
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("2 regels importeren")).click();
        Locator done = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import klaar"));
        done.waitFor();
        PlaywrightAssertions.assertThat(done).isFocused();
        page.getByText("2 regels zijn als inbreng opgeslagen").waitFor();
        assertNoAxeViolations();
        assertEquals(2, submissions.findAll().stream().filter(s -> s.problem() != null && s.problem().contains(word))
                .map(Submission::roundId).filter(lastMonth.id()::equals).count(), "both rows count in the chosen round");

        worker.awaitCaughtUp();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk de geïmporteerde inbreng in de inbox")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alle inbreng")).waitFor();
        assertEquals("IMPORT", page.locator("#f-channel").inputValue(), "the inbox opens filtered on imported input");
        page.locator("#inbox-q").fill(word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.getByText("2 resultaten", new Page.GetByTextOptions().setExact(true)).waitFor();
        assertEquals(0, page.locator("#export-contact").count(), "an analyst is not offered contact details");
        String exportLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Downloaden")).getAttribute("href");
        assertTrue(exportLink.startsWith("/api/admin/exports/submissions.csv?") && exportLink.contains("q=" + word)
                && exportLink.contains("channel=IMPORT") && !exportLink.contains("page="), exportLink);
        assertNoAxeViolations();
    }

    @Test
    void beheerderCreatesAnAccountSwitchesItOffAndSeesBothInTheAuditLog() {
        String beheerder = "beheer-" + System.nanoTime();
        adminLogin.createUser(beheerder, Role.BEHEERDER);
        String newUser = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);

        open("/admin/accounts");
        signInThroughTheForm(beheerder);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts van de werkgroep")).waitFor();
        assertNoAxeViolations();

        page.locator("#new-username").fill(newUser);
        page.locator("#new-password").fill("kort");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
        page.locator("#new-password-error").getByText("minstens 12 tekens").waitFor();
        assertEquals("new-password-hint new-password-error", page.locator("#new-password").getAttribute("aria-describedby"));
        assertNoAxeViolations();

        page.locator("#new-password").fill("een lang genoeg wachtwoord");
        page.locator("#new-role-FACILITATOR").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
        page.getByText("Account " + newUser + " is aangemaakt.").waitFor();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(newUser));
        assertTrue(row.textContent().contains("Analist, Facilitator"), row.textContent());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigen: " + newUser)).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Account " + newUser + " wijzigen"))).isFocused();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitzetten")).click();
        page.getByText("Account " + newUser + " is uitgezet.").waitFor();
        assertTrue(row.textContent().contains("Uitgezet"), row.textContent());
        assertNoAxeViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Auditlog")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Auditlog").setExact(true)).waitFor();
        page.locator("#audit-user").selectOption(beheerder);
        page.locator("#audit-area").selectOption("users");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren")).click();
        Locator table = page.getByRole(AriaRole.TABLE);
        // only this beheerder's account changes: the refused try, the creation and the switch-off (waits for the filter)
        PlaywrightAssertions.assertThat(table.locator("tbody tr")).hasCount(3);
        assertTrue(table.locator("tbody tr").nth(0).textContent().contains("uitgezet"), "newest first");
        assertTrue(table.locator("tbody tr").nth(2).textContent().contains("Geweigerd (400)"), "the oldest is the refused try");
        assertTrue(table.locator("tbody tr").nth(1).textContent().contains("Account aangemaakt"));
        assertNoAxeViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inbreng").setExact(true)).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alle inbreng")).waitFor();
        page.locator("#export-contact").check();
        page.getByText("komt met uw naam in het auditlog").waitFor();
        assertTrue(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Downloaden")).getAttribute("href")
                .contains("includeContact=true"));
        assertNoAxeViolations();
    }
}
