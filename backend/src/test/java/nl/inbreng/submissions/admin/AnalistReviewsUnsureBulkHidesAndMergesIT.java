package nl.inbreng.submissions.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.Sql;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst works through the "Weet ik niet" queue with one click per input, hides two inputs at once from the
 * inbox, and merges a near-duplicate from the detail page so the inbox shows it once as ×2. Axe runs on each page.
 */
class AnalistReviewsUnsureBulkHidesAndMergesIT extends BrowserTest {

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

    @BeforeEach
    void analyst() {
        username = "moderatie-" + System.nanoTime();
        adminLogin.createUser(username, Role.ANALIST);
    }

    @Test
    void acceptsASuggestedThemeWithOneClickAndMovesOnToTheNextInput() throws Exception {
        // Older than anything else in the test database, so these two lead the queue (oldest first).
        LocalDateTime longAgo = LocalDateTime.of(1990, 1, 1, 9, 0).plusMinutes(System.nanoTime() % 100_000);
        long round = inputs.newRound();
        long first = inputs.add(round, "Elke nacht wordt er ingebroken in auto's in onze straat, de ruiten liggen eruit.",
                Channel.PAPIER, longAgo);
        long second = inputs.add(round, "Op de hoek van de markt wordt openlijk gedeald, ook overdag.",
                Channel.ONLINE, longAgo.plusMinutes(1));
        worker.awaitCaughtUp();

        open("/admin/weet-ik-niet");
        signInThroughTheForm(username);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbreng #" + first)).waitFor();
        Locator firstItem = page.locator("article[aria-labelledby='review-" + first + "']");
        firstItem.getByRole(AriaRole.BUTTON).first().waitFor();
        assertNoAxeViolations();

        firstItem.getByRole(AriaRole.BUTTON).first().click();
        page.getByTestId("review-status").getByText("Inbreng #" + first + " heeft nu het thema").waitFor();

        assertEquals(0, page.locator("#review-" + first).count(), "the accepted input leaves the queue");
        assertEquals("review-" + second, page.evaluate("document.activeElement.id"), "focus moves to the next input");
        assertEquals("0", Sql.text("SELECT CASE WHEN theme_unsure THEN 1 ELSE 0 END FROM submission WHERE id = ?", first));
        assertEquals("1", Sql.text("SELECT COUNT(*) FROM submission_theme WHERE is_primary AND submission_id = ?", first));
        assertEquals("BEOORDEELD", Sql.text("SELECT status FROM submission WHERE id = ?", first));
        assertNoAxeViolations();
    }

    @Test
    void hidesTwoInputsAtOnceAfterConfirmingTheCount() throws Exception {
        long round = inputs.newRound();
        long a = inputs.add(round, "Koop nu goedkope zonnebrillen via deze link.", "1.2");
        long b = inputs.add(round, "Gratis loten, klik hier voor uw prijs.", "1.2");
        long kept = inputs.add(round, "De straatverlichting in de Beukenlaan is al weken kapot.", "2.1");
        worker.awaitCaughtUp();

        open("/admin/inbox?round=" + round);
        signInThroughTheForm(username);
        page.getByText("3 resultaten", new Page.GetByTextOptions().setExact(true)).waitFor();
        page.getByLabel("Kies inbreng #" + a).check();
        page.getByLabel("Kies inbreng #" + b).check();
        page.getByText("2 inbreng gekozen").waitFor();
        page.locator("#bulk-action").selectOption("HIDE");
        page.locator("#bulk-reason").selectOption("NIET_OVER_VEILIGHEID");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitvoeren")).click();
        page.getByText("U gaat 2 inbreng verbergen. Weet u het zeker?").waitFor();
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, uitvoeren")).click();
        page.getByTestId("bulk-result").getByText("Klaar: 2 inbreng aangepast.").waitFor();
        page.getByText("1 resultaat", new Page.GetByTextOptions().setExact(true)).waitFor();

        assertEquals("VERBORGEN", Sql.text("SELECT status FROM submission WHERE id = ?", a));
        assertEquals("VERBORGEN", Sql.text("SELECT status FROM submission WHERE id = ?", b));
        assertEquals("NIEUW", Sql.text("SELECT status FROM submission WHERE id = ?", kept));
        assertEquals("NIET_OVER_VEILIGHEID", Sql.text("SELECT reason_code FROM moderation_event WHERE submission_id = ?", b));
    }

    @Test
    void mergesANearDuplicateFromTheDetailPageAndTheInboxShowsItOnceAsTimesTwo() throws Exception {
        long round = inputs.newRound();
        long online = inputs.add(round, "Bij de speeltuin aan de Lindelaan rijden scooters veel te hard over het fietspad.", "1.2");
        long paper = inputs.add(round, "bij de speeltuin aan de lindelaan rijden de scooters veel te hard over het fietspad",
                Channel.PAPIER, LocalDateTime.now(), "1.2");
        worker.awaitCaughtUp();

        open("/admin/inbreng/" + online);
        signInThroughTheForm(username);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbreng " + online)).waitFor();
        assertEquals("Testronde", page.getByTestId("round").textContent().strip(), "the round shows by its name");
        Locator merge = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Voeg #" + paper + " samen met deze inbreng"));
        merge.waitFor();
        assertNoAxeViolations();

        merge.click();
        page.getByText("Samengevoegd. Deze inbreng telt nu 2 keer mee.").waitFor();
        assertEquals("×2", page.getByTestId("merge-count").textContent().strip());
        assertEquals("SAMENGEVOEGD", Sql.text("SELECT status FROM submission WHERE id = ?", paper));
        assertEquals(String.valueOf(online), Sql.text("SELECT duplicate_of FROM submission WHERE id = ?", paper));
        assertNoAxeViolations();

        worker.awaitCaughtUp();
        open("/admin/inbox?round=" + round);
        page.getByText("1 resultaat", new Page.GetByTextOptions().setExact(true)).waitFor();
        assertEquals("×2", page.getByTestId("count-" + online).textContent().strip());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon samengevoegde inbreng van #" + online)).click();
        page.locator("#merged-" + online).getByText("#" + paper).waitFor();
        assertTrue(page.locator("#merged-" + online).textContent().contains("lindelaan"));
        assertNoAxeViolations();
    }
}
