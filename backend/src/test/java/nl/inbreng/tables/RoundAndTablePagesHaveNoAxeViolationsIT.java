package nl.inbreng.tables;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.Invitations;
import nl.inbreng.rounds.OrganisationRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundInvitationRepository;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static nl.inbreng.rounds.RoundBuilder.aRound;

/** axe-core (WCAG 2.1 A and AA) on the thematafel pages, the round page in every state and the facilitator page. */
class RoundAndTablePagesHaveNoAxeViolationsIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    TableSessionRepository sessions;

    @Inject
    TableSessionThemeRepository sessionThemes;

    @Inject
    RoundRepository rounds;

    @Inject
    RoundThemeRepository roundThemes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RoundInvitationRepository invitations;

    @Test
    void thematafelListWithAnOpenFormAndTheRegistrationPage() {
        TableSession session = TableSessionBuilder.aTableSession().titled("Woninginbraak " + UUID.randomUUID())
                .saveWith(sessions, sessionThemes);
        open("/thematafels");
        assertNoAxeViolations();

        page.click("button:has-text('Inschrijven voor " + session.title() + "')");
        page.click("form.registration-form button[type=submit]");
        page.locator(".field-error").first().waitFor();
        assertNoAxeViolations();

        open("/thematafels/inschrijving/" + register(session));
        page.getByText("U bent ingeschreven.").waitFor();
        assertNoAxeViolations();
    }

    @Test
    void roundPageWhenOpenWithTheAdviceFormAndItsErrors() {
        Round open = aRound().titled("Ondernemers over veiligheid").forOndernemers().withThemes("1.4", "5.2")
                .saveWith(rounds, roundThemes);
        String code = Invitations.invite(open, "Ondernemersvereniging Centrum", organisations, invitations);
        open("/rondes/" + open.slug());
        page.locator("#code").waitFor();
        assertNoAxeViolations();
        page.locator("#code").fill(code);
        page.click("button:has-text('Code controleren')");
        page.locator("#advice-title").waitFor();
        assertNoAxeViolations();

        page.click("button:has-text('Advies versturen')");
        page.locator(".field-error").first().waitFor();
        assertNoAxeViolations();
    }

    @Test
    void roundPageWhenClosedOrNotYetOpen() {
        Round closed = aRound().closedSince(LocalDateTime.now().minusDays(10)).saveWith(rounds, roundThemes);
        Round later = aRound().opensAt(LocalDateTime.now().plusDays(14)).saveWith(rounds, roundThemes);

        open("/rondes/" + closed.slug());
        page.getByText("Deze ronde is gesloten sinds").waitFor();
        assertNoAxeViolations();

        open("/rondes/" + later.slug());
        page.getByText("Deze ronde is nog niet open").waitFor();
        assertNoAxeViolations();
    }

    @Test
    void inputFormLimitedToARound() {
        Round open = aRound().withThemes("3.1", "4.1").saveWith(rounds, roundThemes);

        open("/inbreng?ronde=" + open.slug());
        page.getByTestId("round-notice").waitFor();
        assertNoAxeViolations();
    }

    @Test
    void facilitatorPageWithASessionOpened() {
        TableSession session = TableSessionBuilder.aTableSession().titled("Ondermijning " + UUID.randomUUID())
                .withThemes("5.2").saveWith(sessions, sessionThemes);
        register(session);
        signInAs(Role.FACILITATOR);

        open("/admin/thematafels");
        page.selectOption("#session", String.valueOf(session.id()));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(session.title())).waitFor();
        assertNoAxeViolations();
    }

    private String register(TableSession session) {
        Map<String, Object> registered = client.toBlocking().retrieve(HttpRequest.POST(
                "/api/v1/tables/" + session.id() + "/registrations",
                Map.of("name", "Ahmed Yilmaz", "email", "axe-" + UUID.randomUUID() + "@voorbeeld.nl")),
                Argument.mapOf(String.class, Object.class));
        return (String) registered.get("token");
    }
}
