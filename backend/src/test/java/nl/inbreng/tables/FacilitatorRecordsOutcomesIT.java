package nl.inbreng.tables;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A facilitator runs a thematafel in the admin app: attendance, an outcome per theme, the verslag for participants. */
@SuppressWarnings("unchecked")
class FacilitatorRecordsOutcomesIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    TableSessionRepository sessions;

    @Inject
    TableSessionThemeRepository sessionThemes;

    @Test
    void marksAttendanceRecordsOutcomesPerThemeAndPublishesTheVerslag() {
        String title = "Jeugd en drugs " + UUID.randomUUID().toString().substring(0, 6);
        TableSession session = TableSessionBuilder.aTableSession().titled(title).withThemes("3.1", "3.3")
                .saveWith(sessions, sessionThemes);
        String token = register(session, "Karin Dekker");
        AdminLogin.Session facilitator = signInAs(Role.FACILITATOR);

        open("/admin/thematafels");
        page.selectOption("#session", String.valueOf(session.id()));
        page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(title)).waitFor();

        page.waitForResponse(response -> response.url().endsWith("/attendance") && response.status() == 204,
                () -> page.getByLabel("Karin Dekker").check());
        recordOutcome("3.1", "Groepen jongeren 's avonds bij het station.", "1");
        recordOutcome("3.3", "Jongeren worden geronseld als drugskoerier.", "2");
        page.fill("#verslag", "De tafel adviseert jeugdoverlast en ronselen als eerste twee prioriteiten.");
        page.click("button:has-text('Verslag publiceren')");
        page.getByText("Het verslag is gepubliceerd.").waitFor();

        Map<String, Object> detail = client.toBlocking().retrieve(facilitator.authorize(
                HttpRequest.GET("/api/admin/tables/" + session.id())), Argument.mapOf(String.class, Object.class));
        assertEquals(Boolean.TRUE, ((List<Map<String, Object>>) detail.get("participants")).get(0).get("attended"));
        assertEquals(List.of("3.1", "3.3"), ((List<Map<String, Object>>) detail.get("outcomes")).stream()
                .map(outcome -> outcome.get("themeCode")).toList());

        open("/thematafels/inschrijving/" + token);
        page.getByText("De tafel adviseert jeugdoverlast en ronselen als eerste twee prioriteiten.").waitFor();
        assertTrue(page.getByText("Verslag van de thematafel").isVisible());
    }

    private void recordOutcome(String themeCode, String problem, String rank) {
        // the theme comes from the list: typing its code narrows the list and Enter picks it
        page.fill("#themeCode-search", themeCode);
        page.press("#themeCode-search", "Enter");
        page.getByRole(com.microsoft.playwright.options.AriaRole.RADIO,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(themeCode + " ").setChecked(true)).waitFor();
        page.fill("#problem", problem);
        page.selectOption("#priorityRank", rank);
        page.click("form button:has-text('Opslaan')");
        page.locator("li", new com.microsoft.playwright.Page.LocatorOptions().setHasText(problem)).waitFor();
    }

    private String register(TableSession session, String name) {
        Map<String, Object> registered = client.toBlocking().retrieve(HttpRequest.POST(
                "/api/v1/tables/" + session.id() + "/registrations",
                Map.of("name", name, "email", "tafel-" + UUID.randomUUID() + "@voorbeeld.nl")),
                Argument.mapOf(String.class, Object.class));
        return (String) registered.get("token");
    }
}
