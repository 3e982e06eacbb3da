package nl.inbreng.rounds;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Residents see the way to give input; an organisation sees the advice form only after its code was accepted. */
class OrganisationOpensTheAdviceFormWithItsCodeIT extends BrowserTest {

    @Inject
    RoundRepository rounds;

    @Inject
    RoundThemeRepository roundThemes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RoundInvitationRepository invitations;

    @Inject
    OrganisationAdviceRepository advices;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theResidentsRoundShowsTheResidentLinkAndNoAdviceForm() {
        Round residents = aRound().titled("Veilig in de wijk").forEveryone().saveWith(rounds, roundThemes);
        page.setViewportSize(1280, 900);

        open("/rondes/" + residents.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geef inbreng voor deze ronde")).waitFor();

        assertEquals(0, page.locator("textarea").count(), "no advice text areas for residents");
        assertEquals(0, page.locator("#code").count());
        int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        assertTrue(height < 2500, "the page is short enough to read (was 9,400 px with the advice form): " + height);
        assertNoAxeViolations();
    }

    @Test
    void theAdviceFormOpensAfterAValidCodeAndWrongOrUsedCodesAreSaidAtTheCodeField() {
        Round round = aRound().titled("Wijkraden over veiligheid").withThemes("1.4", "3.1").saveWith(rounds, roundThemes);
        String code = Invitations.invite(round, "Wijkraad Oost", organisations, invitations);

        open("/rondes/" + round.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geef inbreng voor deze ronde")).waitFor();
        assertEquals(0, page.locator("textarea").count(), "no advice form before a code");

        page.getByLabel("Uitnodigingscode").fill("AAAA-BBBB-CCCC");
        button("Code controleren").click();
        page.locator("#code-error").waitFor();
        assertTrue(page.locator("#code-error").textContent().startsWith("Deze code kennen wij niet voor deze ronde."));
        assertEquals("true", page.getByLabel("Uitnodigingscode").getAttribute("aria-invalid"));
        assertEquals("code-hint code-error", page.getByLabel("Uitnodigingscode").getAttribute("aria-describedby"));
        assertEquals("code", page.evaluate("() => document.activeElement.id"), "the cursor is back in the code field");
        assertEquals(0, page.locator("textarea").count());
        assertNoAxeViolations();

        page.getByLabel("Uitnodigingscode").fill(code.toLowerCase());
        button("Code controleren").click();
        page.getByText("U geeft advies namens Wijkraad Oost.").waitFor();
        assertEquals(4, page.locator("textarea").count(), "two themes, each what is wrong and what would help");
        assertNoAxeViolations();
        page.locator("textarea").first().fill("Op het plein voelen ouderen zich 's avonds onveilig.");
        page.getByLabel("Plaats 1").selectOption("1.4");
        button("Advies versturen").click();
        page.getByText("Dank u wel. Het advies van Wijkraad Oost is ontvangen.").waitFor();
        assertEquals(1, advices.findByRoundId(round.id()).size());

        open("/rondes/" + round.slug());
        page.getByLabel("Uitnodigingscode").fill(code);
        button("Code controleren").click();
        page.locator("#code-error").waitFor();
        assertEquals(InvitationLookup.USED, page.locator("#code-error").textContent().trim());
        assertEquals(0, page.locator("textarea").count());
    }
}
