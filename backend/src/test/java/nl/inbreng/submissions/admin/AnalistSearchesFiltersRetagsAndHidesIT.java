package nl.inbreng.submissions.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.Sql;
import nl.inbreng.testing.browser.BrowserTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An analyst signs in, searches and filters the inbox, re-tags one input and hides it with a reason. */
class AnalistSearchesFiltersRetagsAndHidesIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;

    @Test
    void searchesFiltersRetagsAndHides() throws Exception {
        String username = "analist-" + System.nanoTime();
        adminLogin.createUser(username, Role.ANALIST);
        LocalDate day = AdminJourneys.quietDay();
        long round = inputs.newRound();
        long skatebaan = inputs.add(round, "Groepen jongeren hangen bij de skatebaan en steken vuurwerk af.",
                Channel.ONLINE, day.atTime(10, 0), "3.1");
        long school = inputs.add(round, "Jongeren fietsen met hoge snelheid over de stoep bij de school.",
                Channel.PAPIER, day.atTime(11, 0), "3.4");
        worker.awaitCaughtUp();

        open("/admin/inbox");
        assertTrue(page.url().contains("/admin/inloggen"), "an unknown visitor is sent to the sign-in page");
        signInThroughTheForm(username);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alle inbreng")).waitFor();
        assertTrue(page.getByText(username).isVisible(), "the header shows who is signed in");

        page.locator("#inbox-q").fill("jongeren");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.locator("mark").first().waitFor();
        page.locator("#f-from").fill(day.toString());
        page.locator("#f-to").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters toepassen")).click();
        openLink(school).waitFor();
        openLink(skatebaan).waitFor();

        page.locator("#f-theme").selectOption("3.1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters toepassen")).click();
        page.getByText("1 resultaat", new Page.GetByTextOptions().setExact(true)).waitFor();
        assertEquals(0, openLink(school).count(), "the theme filter leaves the school input out");
        assertEquals("jongeren", page.locator("mark").first().textContent().strip().toLowerCase());

        openLink(skatebaan).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbreng " + skatebaan)).waitFor();
        page.locator("#retag-primary").selectOption("3.4");
        page.locator("#retag-secondary").selectOption(new String[]{"3.1"});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thema’s opslaan")).click();
        page.getByText("De thema’s zijn opgeslagen.").waitFor();

        page.locator("#hide-reason").selectOption("PERSOONSGEGEVENS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbergen").setExact(true)).click();
        page.getByText("De status is nu: Verborgen.").waitFor();
        assertEquals("Verborgen", page.getByTestId("status").textContent().strip());

        assertEquals("VERBORGEN", Sql.text("SELECT status FROM submission WHERE id = ?", skatebaan));
        assertEquals("0", Sql.text("SELECT CASE WHEN theme_unsure THEN 1 ELSE 0 END FROM submission WHERE id = ?", skatebaan));
        assertEquals(List.of("3.4:1", "3.1:0"), Sql.column("SELECT CONCAT(thema_code, ':', CASE WHEN is_primary THEN 1 ELSE 0 END)"
                + " FROM submission_theme WHERE submission_id = ? ORDER BY is_primary DESC, thema_code", skatebaan));
        assertEquals("PERSOONSGEGEVENS", Sql.text("SELECT reason_code FROM moderation_event WHERE submission_id = ?"
                + " AND action = 'HIDE'", skatebaan));
        assertFalse(Sql.column("SELECT target FROM audit_log WHERE username = ?", username).isEmpty(),
                "the audit log records the analyst's changes");
    }

    private Locator openLink(long id) {
        return page.locator("a[aria-label='Inbreng " + id + " openen']");
    }
}
