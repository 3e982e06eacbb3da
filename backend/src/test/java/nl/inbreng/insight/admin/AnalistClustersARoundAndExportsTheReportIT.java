package nl.inbreng.insight.admin;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.insight.InsightTestData;
import nl.inbreng.submissions.Submission;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst groups the input of a round, renames, merges, splits and pins groups, downloads the council report as
 * PDF; and reopens a stored grouping later to place new input.
 */
class AnalistClustersARoundAndExportsTheReportIT extends BrowserTest {

    private static final List<String[]> INPUTS = List.of(
            new String[] {"Overal hondenpoep op de stoep bij de Lindelaan.", "1.2"},
            new String[] {"De hondenpoep in het park, niemand ruimt het op.", "1.2"},
            new String[] {"Hondenbezitters ruimen de hondenpoep niet op bij de speeltuin.", "1.2"},
            new String[] {"Hangjongeren bij het winkelcentrum maken lawaai tot laat.", "3.1"},
            new String[] {"Elke avond hangjongeren bij de snackbar, ze schreeuwen en gooien met blikjes.", "3.1"},
            new String[] {"Groep hangjongeren met scooters bij het winkelcentrum.", "3.1"},
            new String[] {"Er wordt veel te hard gereden in de Dorpsstraat, snelheidsduivels.", "4.1"},
            new String[] {"Auto's rijden veel te hard door de Dorpsstraat, gevaarlijk voor kinderen.", "4.1"},
            new String[] {"Te hard rijden in de 30 km zone bij de school.", "4.1"});

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    InsightTestData data;

    /** The round seededRoundTitle() made last. */
    private long seededRound;

    private String seededRoundTitle() {
        String title = "Journey inzicht " + System.nanoTime();
        long round = data.round(title);
        seededRound = round;
        for (String[] input : INPUTS) {
            data.input(round, input[0], input[1], Submission.RespondentType.INWONER, Submission.Channel.ONLINE);
        }
        return title;
    }

    @Test
    void analistClustersRenamesMergesAndDownloadsThePdf() throws Exception {
        String round = seededRoundTitle();
        signInAs(Role.ANALIST);

        open("/admin/inzicht");
        page.getByLabel("Ronde").selectOption(new SelectOption().setLabel(round));
        page.getByLabel("Aantal groepen").fill("3");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Maak groepen")).click();
        page.getByText("9 inbrengen in 3 groepen.").waitFor();
        Locator clusters = page.getByTestId("cluster");
        assertEquals(3, clusters.count());
        assertNoAxeViolations();

        Locator first = clusters.first();
        first.getByText("Naam wijzigen").click();
        Locator name = first.locator("input[id^=rename-]");
        assertTrue(name.evaluate("el => el === document.activeElement").equals(Boolean.TRUE), "focus moves to the name field");
        name.fill("Hondenpoep op straat");
        first.getByText("Opslaan").click();
        page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Hondenpoep op straat")).waitFor();

        clusters.nth(0).locator("input[id^=select-]").check();
        clusters.nth(1).locator("input[id^=select-]").check();
        page.getByText("Voeg de twee gekozen groepen samen").click();
        page.getByText("De groepen zijn samengevoegd.").waitFor();
        assertEquals(2, page.getByTestId("cluster").count());
        assertTrue(page.getByTestId("cluster-label").allTextContents().contains("Hondenpoep op straat"), "the kept group keeps its new name");

        // Split: the analyst opens the merged group's inputs, picks one and makes it a group of its own.
        Locator merged = page.getByTestId("cluster").first();
        merged.locator("summary").click();
        merged.getByTestId("member").first().locator("input[type=checkbox]").check();
        assertNoAxeViolations();
        merged.getByText("Maak een nieuwe groep van de gekozen inbreng").click();
        page.getByText("Hondenpoep op straat is gesplitst.").waitFor();
        assertEquals(3, page.getByTestId("cluster").count());
        page.getByText("9 inbrengen in 3 groepen.").waitFor();

        // Pin: the toggle says its state to screen readers and the group shows a badge.
        Locator pin = page.getByTestId("cluster").first().getByTestId("pin");
        assertEquals("false", pin.getAttribute("aria-pressed"));
        pin.click();
        page.getByText("Hondenpoep op straat is vastgezet.").waitFor();
        assertEquals("true", page.getByTestId("cluster").first().getByTestId("pin").getAttribute("aria-pressed"));
        assertEquals(1, page.getByTestId("pinned-badge").count());

        Download download = page.waitForDownload(() -> page.getByTestId("download-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII));
        assertTrue(download.suggestedFilename().endsWith(".pdf"));
    }

    @Test
    void analistReopensAStoredGroupingPlacesNewInputAndAcceptsIt() {
        String round = seededRoundTitle();
        signInAs(Role.ANALIST);
        open("/admin/inzicht");
        page.getByLabel("Ronde").selectOption(new SelectOption().setLabel(round));
        page.getByLabel("Aantal groepen").fill("3");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Maak groepen")).click();
        page.getByText("9 inbrengen in 3 groepen.").waitFor();
        long late = data.input(seededRound, "Weer hondenpoep op de stoep bij de speeltuin.", "1.2",
                Submission.RespondentType.INWONER, Submission.Channel.PAPIER);

        // A new visit: the grouping is reopened from the list instead of computed again.
        open("/admin/inzicht");
        page.getByLabel("Ronde").selectOption(new SelectOption().setLabel(round));
        page.getByTestId("stored-clusterings").getByRole(AriaRole.BUTTON).first().click();
        page.getByText("Er is 1 nieuwe inbreng die nog in geen groep zit.").waitFor();
        page.getByText("Nieuwe inbreng indelen").click();
        page.getByText("1 nieuwe inbreng is ingedeeld.").waitFor();
        Locator withNew = page.getByTestId("cluster").filter(new Locator.FilterOptions().setHas(page.getByTestId("new-badge")));
        assertEquals(1, withNew.count());
        assertTrue(withNew.getByTestId("member").allTextContents().stream().anyMatch(t -> t.contains("#" + late)
                && t.contains("nieuw")), "the late input is marked nieuw in its group");
        assertNoAxeViolations();

        withNew.getByText("Keur de nieuwe inbreng goed (1)").click();
        page.getByText("1 nieuwe inbreng is goedgekeurd.").waitFor();
        assertEquals(0, page.getByTestId("new-badge").count());
        page.getByText("10 inbrengen in 3 groepen.").waitFor();
    }

    @Test
    void prioritisationAndDashboardPagesHaveNoAxeViolations() {
        seededRoundTitle();
        signInAs(Role.ANALIST);

        open("/admin/prioritering");
        page.getByText("De precieze formule, om na te rekenen").click();
        page.getByTestId("formula").waitFor();
        assertTrue(page.getByTestId("formula").textContent().contains("0,4"));
        assertNoAxeViolations();

        open("/admin/dashboard");
        page.getByText("Inbreng per thema").first().waitFor();
        assertTrue(page.locator("figure[data-chart]").count() >= 4, "four charts");
        assertNoAxeViolations();
    }
}
