package nl.inbreng.tables.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Staff plan a thematafel in the admin app and change it; the public page counts seats down and up at once. */
class StaffPlansAThematafelAndTheSeatCountFollowsIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    RoundRepository rounds;

    @Inject
    RoundThemeRepository roundThemes;

    @Inject
    TableSessionRepository sessions;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator seatsOnThePublicPage(String title) {
        return page.locator("li.session", new Page.LocatorOptions().setHasText(title)).getByTestId("seats");
    }

    @Test
    void plansChangesAndSeesRegistrationAndCancellationInTheSeatCount() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Zorg en veiligheid " + suffix;
        Round round = aRound().titled("Professionals " + suffix).saveWith(rounds, roundThemes);
        LocalDate day = LocalDate.now().plusDays(20);
        signInAs(Role.FACILITATOR);

        open("/admin/thematafels/plannen");
        assertNoAxeViolations();

        // nothing filled in: every required field says what is missing, at the field
        button("Thematafel plannen").click();
        page.locator("#plan-title-error").waitFor();
        for (String field : List.of("title", "startsAt", "endsAt", "place", "capacity", "themeCodes")) {
            assertEquals(1, page.locator("#plan-" + field + "-error").count(), field);
        }
        assertNoAxeViolations();

        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        page.getByLabel("Begintijd").fill("19:30");
        page.getByLabel("Eindtijd").fill("21:30");
        page.getByLabel("Plek", new Page.GetByLabelOptions().setExact(true)).fill("Bibliotheek, zaal 2");
        page.getByLabel("Aantal plaatsen").fill("2");
        page.getByLabel("Zoek op code of woord").fill("1.1");
        page.getByLabel("Zoek op code of woord").press("Enter");
        page.getByLabel("Voor wie is de thematafel?").selectOption("PROFESSIONALS");
        page.getByLabel("Hoort bij ronde (niet verplicht)").selectOption(new SelectOption().setLabel(round.title()));
        button("Thematafel plannen").click();
        page.getByText("De thematafel \"" + title + "\" is gepland.").waitFor();
        Locator row = page.getByTestId("planned-session").filter(new Locator.FilterOptions().setHasText(title));
        assertEquals(true, row.textContent().contains("0 van 2 bezet"));

        // change: one seat more and another room; a capacity below the people already in is refused at the field
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzig " + title)).click();
        assertEquals("2", page.getByLabel("Aantal plaatsen").inputValue());
        page.getByLabel("Aantal plaatsen").fill("3");
        page.getByLabel("Plek", new Page.GetByLabelOptions().setExact(true)).fill("Bibliotheek, zaal 3");
        button("Wijzigingen opslaan").click();
        page.getByText("De wijzigingen van \"" + title + "\" zijn opgeslagen.").waitFor();
        TableSession stored = sessions.findAll().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
        assertEquals(3, stored.capacity());
        assertEquals(round.id(), stored.roundId());
        assertEquals(Round.Doelgroep.PROFESSIONALS, stored.doelgroep());
        assertEquals(day.atTime(19, 30), stored.startsAt());

        open("/thematafels");
        assertEquals("Nog 3 plaatsen vrij", seatsOnThePublicPage(title).textContent().trim());
        page.locator("li.session", new Page.LocatorOptions().setHasText(title)).getByText("Professionals").waitFor();
        button("Inschrijven voor " + title).click();
        page.getByLabel("Uw naam").fill("Noor de Vries");
        page.getByLabel("E-mailadres").fill("noor-" + suffix + "@voorbeeld.nl");
        page.locator("form.registration-form button[type=submit]").click();
        page.locator("#result-" + stored.id()).waitFor();
        // "at once" means without a reload: the list asks for the new count after the answer, so wait for that to show
        Locator seats = seatsOnThePublicPage(title);
        page.waitForCondition(() -> seats.textContent().trim().equals("Nog 2 plaatsen vrij"));
        assertEquals("Nog 2 plaatsen vrij", seats.textContent().trim(), "counted down at once");

        String href = page.locator("#result-" + stored.id() + " a").getAttribute("href");
        open(href);
        assertEquals("Nog 2 plaatsen vrij", page.getByTestId("seats").textContent().trim());
        button("Afmelden").click();
        button("Ja, meld mij af").click();
        page.getByText("U bent afgemeld. U krijgt hierover een e-mail.").waitFor();
        assertEquals("Nog 3 plaatsen vrij", page.getByTestId("seats").textContent().trim(), "counted up at once");
        assertNoAxeViolations();
        open("/thematafels");
        assertEquals("Nog 3 plaatsen vrij", seatsOnThePublicPage(title).textContent().trim());

        register(stored.id(), "a");
        register(stored.id(), "b");
        open("/admin/thematafels/plannen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzig " + title)).click();
        page.getByLabel("Aantal plaatsen").fill("1");
        button("Wijzigingen opslaan").click();
        assertEquals("Er zijn al 2 mensen ingeschreven. Kies minstens 2 plaatsen, of laat mensen zich eerst afmelden.",
                page.locator("#plan-capacity-error").textContent().trim());
        assertEquals("Bibliotheek, zaal 3", page.getByLabel("Plek", new Page.GetByLabelOptions().setExact(true)).inputValue(),
                "what was typed stays");
        assertEquals(3, sessions.findById(stored.id()).orElseThrow().capacity(), "nothing stored changed");
    }

    private void register(long sessionId, String who) {
        client.toBlocking().retrieve(HttpRequest.POST("/api/v1/tables/" + sessionId + "/registrations",
                Map.of("name", "Deelnemer " + who, "email", who + "-" + UUID.randomUUID() + "@voorbeeld.nl")),
                Argument.mapOf(String.class, Object.class));
    }
}
