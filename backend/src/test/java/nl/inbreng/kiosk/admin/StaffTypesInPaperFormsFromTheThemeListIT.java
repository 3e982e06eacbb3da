package nl.inbreng.kiosk.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.TestDatabase;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.inbreng.kiosk.StallDays.aStallDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stall staff type in filled-in paper forms, picking themes from the list the form itself prints. */
class StaffTypesInPaperFormsFromTheThemeListIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    AreaRepository areas;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void typesAFormByPickingThemesWithCodeAndWordKeepingEverythingWhenItIsRefused() throws Exception {
        String marker = UUID.randomUUID().toString();
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "papier-" + marker, "Papierstad", 12_000));
        String areaName = "Stationsbuurt " + marker.substring(0, 6);
        areas.save(new Area(null, gemeente.id(), "stat-" + marker, areaName, Area.AreaKind.WIJK, 2_000, 0));
        Map<String, Object> moment = aStallDay(client, adminLogin.signInAs(Role.BEHEERDER)).in(gemeente.code()).create();
        signInAs(Role.KRAAM);

        open("/admin/kraammomenten/" + moment.get("id") + "/papier");
        page.getByLabel("3.1 Jeugdoverlast").waitFor();
        assertNoAxeViolations();

        // the cursor starts in the theme search: a code, Enter, a word, Enter
        page.keyboard().type("3.1");
        press("Enter");
        page.keyboard().type("ondermijning");
        press("Enter");
        assertEquals(List.of("3.1 Jeugdoverlast", "5.2 Georganiseerde criminaliteit / ondermijning"), chosen());
        page.getByLabel("Waar is het?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(areaName));
        page.getByLabel("Wat zou helpen?").fill("Meer toezicht " + marker);

        // saved without "Wat is er mis?" and without "Wie bent u?": both are said at their field, nothing is lost
        page.getByLabel("Wat zou helpen?").press("Control+Enter");
        assertEquals("Kies wat bij \"Wie bent u?\" is aangekruist. Is niets aangekruist? Kies dan \"Anders\".",
                page.locator("#paper-who-error").textContent().trim());
        page.getByLabel("Ondernemer (ik heb hier een bedrijf of winkel)").check();
        button("Opslaan en volgende").click();
        page.locator("#paper-problem-error").waitFor();
        assertEquals("true", page.getByLabel("Wat is er mis?").getAttribute("aria-invalid"));
        assertNoAxeViolations();
        assertEquals(List.of("3.1 Jeugdoverlast", "5.2 Georganiseerde criminaliteit / ondermijning"), chosen());
        assertEquals("Meer toezicht " + marker, page.getByLabel("Wat zou helpen?").inputValue());

        page.getByLabel("Wat is er mis?").fill("Drugsdeals bij de fietsenstalling " + marker);
        page.getByLabel("Wat is er mis?").press("Control+Enter");
        page.getByText("1 formulier opgeslagen").waitFor();

        assertEquals(List.of(), chosen(), "the form is empty for the next paper");
        assertEquals("paper-themes-search", page.evaluate("() => document.activeElement.id"));
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT s.channel, s.respondent_type, a.code, st.thema_code FROM submission s
                     JOIN area a ON a.id = s.area_id JOIN submission_theme st ON st.submission_id = s.id
                     WHERE s.problem LIKE ? ORDER BY st.thema_code""")) {
            query.setString(1, "%" + marker);
            List<String> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getString(4));
                }
            }
            assertEquals(List.of("PAPIER ONDERNEMER stat-" + marker + " 3.1", "PAPIER ONDERNEMER stat-" + marker + " 5.2"), rows);
        }
    }

    @Test
    void aBeheerderCreatesARoundWithThemesFromTheList() {
        signInAs(Role.BEHEERDER);
        String slug = "lijst-" + UUID.randomUUID().toString().substring(0, 8);

        open("/admin/rondes");
        page.getByLabel("4.1 Verkeersveiligheid").waitFor();
        assertNoAxeViolations();
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Verkeer in de kernen");
        page.getByLabel("Adres van de pagina", new Page.GetByLabelOptions().setExact(false)).fill(slug);
        page.getByLabel("Zoek op code of woord").fill("verkeer");
        assertEquals(1, page.locator("#round-themeCodes-list input").count());
        page.getByLabel("4.1 Verkeersveiligheid").check();
        // the dates forgotten: each is named at its own field in Dutch, and the themes and title stay
        button("Ronde aanmaken").click();
        assertEquals("Vul in wanneer de ronde opengaat.", page.locator("#round-opensAt-error").textContent().trim());
        assertEquals("Vul een sluitdatum in die na de openingsdatum ligt.", page.locator("#round-closesAt-error").textContent().trim());
        assertNoAxeViolations();
        assertEquals("Verkeer in de kernen", page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).inputValue());
        assertTrue(page.getByLabel("4.1 Verkeersveiligheid").isChecked());
        page.getByLabel("Open vanaf").fill("2030-01-01T09:00");
        page.getByLabel("Gesloten vanaf").fill("2030-02-01T09:00");
        button("Ronde aanmaken").click();
        page.getByText("/rondes/" + slug).waitFor();

        open("/rondes/" + slug);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Verkeer in de kernen")).waitFor();
        assertTrue(page.getByText("Verkeersveiligheid").first().isVisible());
    }

    private List<String> chosen() {
        Locator list = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Gekozen"));
        if (list.count() == 0) {
            return List.of();
        }
        return list.locator("li > span:first-child").allTextContents().stream().map(String::trim).toList();
    }
}
