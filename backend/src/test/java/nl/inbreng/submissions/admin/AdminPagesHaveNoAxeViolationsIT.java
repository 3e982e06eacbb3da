package nl.inbreng.submissions.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin sign-in, inbox and detail pages pass axe-core's WCAG 2.1 A/AA rules, also with errors and results shown. */
class AdminPagesHaveNoAxeViolationsIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;

    String username;
    long input;

    @BeforeAll
    void seed() {
        username = "axe-analist-" + System.nanoTime();
        adminLogin.createUser(username, Role.ANALIST);
        input = inputs.add(inputs.newRound(), "Jongeren hangen 's avonds rond bij het winkelcentrum.", "3.1");
        worker.awaitCaughtUp();
    }

    @Test
    void loginPageWithAFailedAttempt() {
        open("/admin/inloggen");
        assertNoAxeViolations();

        AdminJourneys.signInExpectingFailure(page, username, "dit-is-fout");
        assertNoAxeViolations();
    }

    @Test
    void inboxWithSearchResults() {
        open("/admin/inbox");
        signInThroughTheForm(username);
        page.locator("#inbox-q").fill("jongeren");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.locator("mark").first().waitFor();
        assertNoAxeViolations();
    }

    @Test
    void detailPage() {
        open("/admin/inbreng/" + input);
        signInThroughTheForm(username);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbreng " + input)).waitFor();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Interne notities")).waitFor();
        assertNoAxeViolations();
    }
}
