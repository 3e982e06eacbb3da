package nl.inbreng.insight.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Area;
import nl.inbreng.insight.InsightTestData;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.RespondentType;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The werkgroep's part of issue 7 in the browser: a manual weight changes the ranking, population figures give the
 * area table, and an approved summary appears on the portal's "Wat doen we ermee" page.
 */
class WerkgroepWeighsAreasAndPublishesTheSummaryIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    InsightTestData data;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void analistSetsAManualWeightAndSeesTheRankingChange() {
        String title = "Journey gewicht " + System.nanoTime();
        long round = data.round(title);
        // 1.2 and 3.1 both score 80; on a tie the lower code comes first.
        data.input(round, "1.2", RespondentType.INWONER, Channel.ONLINE);
        data.input(round, "1.2", RespondentType.INWONER, Channel.PAPIER);
        data.input(round, "3.1", RespondentType.PROFESSIONAL, Channel.THEMATAFEL);
        data.vote(round, RespondentType.INWONER, "1.2", "3.1", "4.1");
        data.vote(round, RespondentType.ONDERNEMER, "3.1", "1.2");
        data.awaitIndexed();
        signInAs(Role.ANALIST);

        open("/admin/prioritering");
        page.getByLabel("Ronde").selectOption(new SelectOption().setLabel(title));
        Locator rows = page.getByTestId("prio-row");
        page.waitForCondition(() -> rows.first().textContent().contains("1.2"));
        assertTrue(rows.first().textContent().contains("1.2"));
        assertNoAxeViolations();

        Locator youth = rows.filter(new Locator.FilterOptions().setHasText("3.1"));
        youth.getByRole(AriaRole.BUTTON).first().click();
        // the weight form opens in its own row under the theme
        Locator form = page.locator("form.weight-form");
        assertTrue(form.locator("input[type=number]").evaluate("el => el === document.activeElement").equals(Boolean.TRUE),
                "focus moves to the weight field");
        form.getByLabel("Gewicht (0,5 tot en met 2)").fill("1.5");
        form.getByLabel("Waarom? (kort, zonder namen)").fill("Politie ziet een sterke toename");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gewicht opslaan")).click();

        page.getByText("De scores zijn opnieuw berekend.", new Page.GetByTextOptions().setExact(false)).waitFor();
        assertTrue(rows.first().textContent().contains("3.1"), "the weighted theme now ranks first");
        assertEquals("120", rows.first().getByTestId("score").textContent().strip(), "80 × 1,5");
        assertTrue(rows.first().textContent().contains("Politie ziet een sterke toename"), "the reason is shown");
        assertNoAxeViolations();

        // The figure links to the inbox with the inputs behind it.
        rows.first().getByRole(AriaRole.LINK).first().click();
        page.waitForURL("**/admin/inbox?**");
        assertTrue(page.url().contains("theme=3.1"));
        page.getByText("1 resultaat", new Page.GetByTextOptions().setExact(true)).waitFor();
    }

    @Test
    void beheerderEntersPopulationAndSeesTheAreaTable() {
        String title = "Journey gebieden " + System.nanoTime();
        long round = data.round(title);
        Area north = data.area("Noordwijk " + System.nanoTime());
        Area south = data.area("Zuidwijk " + System.nanoTime());
        LocalDateTime now = LocalDateTime.now();
        data.input(round, "Tekst", "1.2", RespondentType.INWONER, Channel.ONLINE, SubmissionStatus.NIEUW, now, north.id());
        for (int i = 0; i < 3; i++) {
            data.input(round, "Tekst", "1.2", RespondentType.INWONER, Channel.ONLINE, SubmissionStatus.NIEUW, now, south.id());
        }
        signInAs(Role.BEHEERDER);

        open("/admin/dashboard");
        page.getByLabel("Ronde").selectOption(new SelectOption().setLabel(title));
        Locator southEntry = populationRow(south);
        southEntry.getByLabel("Aantal inwoners van " + south.name()).fill("1000");
        southEntry.getByLabel("Jaar van de telling voor " + south.name()).fill("2025");
        southEntry.getByRole(AriaRole.BUTTON).click();
        page.getByText("Het aantal inwoners van " + south.name() + " is opgeslagen.").waitFor();
        Locator northEntry = populationRow(north);
        northEntry.getByLabel("Aantal inwoners van " + north.name()).fill("9000");
        northEntry.getByRole(AriaRole.BUTTON).click();
        page.getByText("Het aantal inwoners van " + north.name() + " is opgeslagen.").waitFor();

        Locator southRow = page.getByTestId("share-row").filter(new Locator.FilterOptions().setHasText(south.name()));
        // The table reloads after each save; wait for the one that counts both areas.
        page.waitForCondition(() -> southRow.count() == 1 && southRow.textContent().contains("75%"));
        assertTrue(southRow.textContent().contains("75%"), "3 of the 4 inputs: " + southRow.textContent());
        assertTrue(southRow.textContent().contains("Oververtegenwoordigd"));
        assertTrue(page.locator("#chart-share-title").isVisible(), "the chart is shown beside the table");
        assertTrue(page.locator("figure[data-chart]").count() >= 5, "the four existing charts stay");
        assertNoAxeViolations();
    }

    private Locator populationRow(Area area) {
        return page.getByTestId("population-row").filter(new Locator.FilterOptions().setHasText(area.name()));
    }

    @Test
    void oneBeheerderProposesAnotherPublishesAndThePortalSaysPublished() {
        String title = "Journey samenvatting " + System.nanoTime();
        long round = data.round(title);
        // a resident who asked to hear back: without a mail server the screen says so in counts, never an address
        client.toBlocking().exchange(io.micronaut.http.HttpRequest.POST("/api/v1/submissions", java.util.Map.of(
                "themeCodes", java.util.List.of("1.2"), "problem", "Hondenpoep op het schoolplein.", "respondentType", "INWONER",
                "roundId", round, "contact", java.util.Map.of("email", "terug-" + System.nanoTime() + "@voorbeeld.nl"),
                "consent", true)));
        signInAs(Role.BEHEERDER);

        open("/admin/samenvattingen");
        page.getByLabel("Kies een ronde").selectOption(new SelectOption().setLabel(title));
        page.getByText("Voor deze ronde is nog niets gepubliceerd.", new Page.GetByTextOptions().setExact(false)).waitFor();
        assertEquals("Er is geen mailserver ingesteld. Er gaat geen mail weg. Bij publiceren zou 1 inwoner een mail krijgen.",
                page.getByTestId("summary-mail-off").textContent().trim());
        page.getByLabel("Tekst voor inwoners").fill("We pakken hondenpoep aan met extra afvalbakken.\n\nIn het voorjaar komen er controles.");
        Locator preview = page.getByTestId("summary-preview");
        assertEquals(2, preview.locator("p").count(), "two paragraphs in the preview");
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, named("Voorstel opslaan")).click();
        page.getByTestId("summary-own-proposal").waitFor();
        assertEquals(0, page.getByRole(AriaRole.BUTTON, named("Nagelezen: publiceren")).count(), "the proposer cannot publish");
        assertNoAxeViolations();

        page.context().clearCookies();
        signInAs(Role.BEHEERDER);
        open("/admin/samenvattingen");
        page.getByLabel("Kies een ronde").selectOption(new SelectOption().setLabel(title));
        page.getByRole(AriaRole.BUTTON, named("Nagelezen: publiceren")).click();
        page.getByText("De samenvatting staat op de website.").waitFor();
        page.getByText("1 mail wacht tot er een mailserver is ingesteld.").waitFor();
        page.getByLabel("Wat besloot de raad?").fill("De raad stelde het plan vast.");
        page.getByRole(AriaRole.BUTTON, named("Besluit opslaan")).click();
        page.getByText("Vul de datum in waarop de gemeenteraad besloot.").waitFor();
        assertEquals("true", page.getByLabel("Datum van het besluit").getAttribute("aria-invalid"), "the error sits at the field");
        assertNoAxeViolations();
        page.getByLabel("Datum van het besluit").fill("2026-11-02");
        page.getByRole(AriaRole.BUTTON, named("Besluit opslaan")).click();
        page.getByText("Het besluit van de raad is opgeslagen.").waitFor();

        open("/wat-doen-we-ermee");
        Locator summary = page.getByTestId("round-summary").filter(new Locator.FilterOptions().setHasText(title));
        summary.waitFor();
        assertTrue(summary.textContent().contains("In het voorjaar komen er controles."));
        assertTrue(summary.textContent().contains("Gepubliceerd op"));
        assertFalse(summary.textContent().contains("Vastgesteld"));
        assertTrue(summary.getByTestId("council-decision").textContent().contains("De raad stelde het plan vast."));
        assertNoAxeViolations();
    }
}
