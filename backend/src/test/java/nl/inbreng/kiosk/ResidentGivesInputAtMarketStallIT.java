package nl.inbreng.kiosk;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.Sql;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static nl.inbreng.kiosk.StallDays.aStallDay;
import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Journeys at the market stall: a shared tablet with unreliable Wi-Fi, staff who unlock it, residents who type. */
class ResidentGivesInputAtMarketStallIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    AreaRepository areas;

    @Inject
    RoundRepository rounds;

    @Inject
    RoundThemeRepository roundThemes;

    AdminLogin.Session beheerder;

    @BeforeAll
    void logInAsBeheerder() {
        beheerder = adminLogin.signInAs(Role.BEHEERDER);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void unlock(Map<String, Object> moment, String extraQuery) {
        open("/kraam?kiosk=" + moment.get("kioskToken") + extraQuery);
        page.getByLabel("Code").fill((String) moment.get("unlockCode"));
        button("Ontgrendelen").click();
        button("Begin").waitFor();
    }

    private void giveInput(String problem) {
        giveInput(problem, "Ik woon hier");
    }

    private void giveInput(String problem, String whoAreYou) {
        button("Begin").click();
        page.locator("button[aria-controls='veld-3']").click();
        button("Jeugdoverlast").click();
        button("Verder").click();
        page.getByLabel("Wat is er mis?").fill(problem);
        button("Verder").click();
        button("Verder").click();
        button("Verder").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wie bent u?")).waitFor();
        button(whoAreYou).click();
        button("Versturen").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dank u wel!")).waitFor();
        button("Klaar").click();
    }

    private void openStaffScreen(Map<String, Object> moment) {
        button("Medewerker").click();
        page.getByLabel("Code").fill((String) moment.get("unlockCode"));
        button("Verder").click();
    }

    @Test
    void threeInputsGivenOfflineSurviveAReloadAndAreStoredExactlyOnceWhenBackOnline() throws Exception {
        Map<String, Object> moment = aStallDay(client, beheerder).named("Weekmarkt woensdag 12 oktober").create();
        String marker = UUID.randomUUID().toString();
        unlock(moment, "");
        waitUntil(page, "() => navigator.serviceWorker.controller !== null");

        page.context().setOffline(true);
        for (int i = 1; i <= 3; i++) {
            giveInput("Jongeren bij de snackbar, keer " + i + " " + marker);
        }
        page.reload();
        button("Begin").waitFor();
        openStaffScreen(moment);
        assertEquals("3 inzendingen wachten op verzending", page.getByTestId("waiting").textContent().trim());
        assertEquals(0, stored(marker));

        page.context().setOffline(false);
        waitUntil(page, "() => document.querySelector('[data-testid=waiting]').textContent.startsWith('Geen')");

        assertEquals(3, stored(marker));
        assertTrue(page.getByTestId("last-sync").textContent().startsWith("Laatst verstuurd"));
    }

    @Test
    void aTabletRestartedWithoutNetworkStillShowsEveryThemeAndPlaceAsksWhoYouAreAndSyncsLater() throws Exception {
        String marker = UUID.randomUUID().toString();
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "kraamstad-" + marker, "Kraamstad", 20_000));
        String areaName = "Marktkwartier " + marker.substring(0, 8);
        areas.save(new Area(null, gemeente.id(), "markt-" + marker, areaName, Area.AreaKind.WIJK, 3_000, 0));
        Round round = aRound().forEveryone().inGemeente(gemeente.id()).titled("Veilig Kraamstad " + marker.substring(0, 8))
                .saveWith(rounds, roundThemes);
        Map<String, Object> moment = aStallDay(client, beheerder).named("Kraam gemeentehuis").in(gemeente.code()).create();
        unlock(moment, "");
        page.getByTestId("kiosk-round").waitFor();
        waitUntil(page, "() => navigator.serviceWorker.controller !== null");

        page.context().setOffline(true);
        page.reload();
        button("Begin").waitFor();
        assertEquals("U praat mee over: " + round.title(), page.getByTestId("kiosk-round").textContent().trim());
        button("Begin").click();
        int velden = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/themes"), Argument.listOf(Map.class)).size();
        assertTrue(velden >= 5);
        assertEquals(velden, page.locator(".kiosk-card").count(), "every veld is there offline");
        page.locator("button[aria-controls='veld-3']").click();
        button("Jeugdoverlast").click();
        button("Verder").click();
        page.getByLabel("Wat is er mis?").fill("Scooters over de stoep " + marker);
        button("Verder").click();
        button("Verder").click();
        assertEquals(1, button(areaName).count(), "the areas are there offline");
        button(areaName).click();
        button("Verder").click();
        button("Versturen").click();
        assertEquals("Kies wat het best bij u past.", page.locator("#kiosk-who-error").textContent().trim());
        button("Ik heb hier een bedrijf of winkel").click();
        button("Versturen").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dank u wel!")).waitFor();
        button("Klaar").click();
        giveInput("Hangjongeren bij het station " + marker, "Ik ben een jongere");
        assertEquals(0, stored(marker));

        page.context().setOffline(false);
        openStaffScreen(moment);
        waitUntil(page, "() => document.querySelector('[data-testid=waiting]').textContent.startsWith('Geen')");

        assertEquals(Map.of("JONGERE", 1L, "ONDERNEMER", 1L), storedByRespondentType(marker));
        assertEquals(1, storedInArea(marker, "markt-" + marker));
    }

    @Test
    void anIdleResetWipesTheFormAndLeavesNothingInBrowserStorage() {
        Map<String, Object> moment = aStallDay(client, beheerder).create();
        unlock(moment, "&idle=2");
        String secret = "Verhaal van de vorige bezoeker " + UUID.randomUUID();

        button("Begin").click();
        button("Weet ik niet").click();
        page.getByLabel("Wat is er mis?").fill(secret);
        page.getByText("Bent u nog bezig?").waitFor();
        button("Begin").waitFor();

        assertFalse(page.content().contains(secret));
        Object storage = page.evaluate("""
                async () => {
                  const db = await new Promise((ok, fail) => { const r = indexedDB.open('inbreng-kraam'); r.onsuccess = () => ok(r.result); r.onerror = fail })
                  const all = async (name) => new Promise((ok) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => ok(r.result) })
                  return JSON.stringify([await all('outbox'), await all('refused'), await all('settings'), { ...sessionStorage }, { ...localStorage }])
                }""");
        assertFalse(String.valueOf(storage).contains(secret), "nothing of the previous person is in browser storage");
        button("Begin").click();
        button("Weet ik niet").click();
        assertEquals("", page.getByLabel("Wat is er mis?").inputValue());
    }

    @Test
    void theStallTabletOffersNoWayOutToOtherPortalPages() {
        Map<String, Object> moment = aStallDay(client, beheerder).create();
        open("/");
        assertEquals(1, page.getByRole(AriaRole.NAVIGATION).count(), "the portal itself has its site navigation");
        unlock(moment, "");
        assertEquals(0, page.getByRole(AriaRole.NAVIGATION).count());
        assertEquals(0, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn inbreng")).count());
        assertEquals(0, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Privacy")).count());
    }

    @Test
    void kioskPagesPassAxe() {
        Map<String, Object> moment = aStallDay(client, beheerder).create();
        open("/kraam?kiosk=" + moment.get("kioskToken"));
        assertNoAxeViolations();
        page.getByLabel("Code").fill((String) moment.get("unlockCode"));
        button("Ontgrendelen").click();
        button("Begin").waitFor();
        assertNoAxeViolations();
        button("Begin").click();
        page.locator("button[aria-controls='veld-3']").click();
        assertNoAxeViolations();
        button("Jeugdoverlast").click();
        button("Verder").click();
        button("Verder").click();
        page.getByText("Vul in wat er speelt.").waitFor();
        assertNoAxeViolations();
        page.getByLabel("Wat is er mis?").fill("Te hard rijden");
        button("Verder").click();
        assertNoAxeViolations();
        button("Verder").click();
        assertNoAxeViolations();
        button("Verder").click();
        button("Versturen").click();
        page.locator("#kiosk-who-error").waitFor();
        assertNoAxeViolations();
        button("Ik woon hier").click();
        button("Versturen").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dank u wel!")).waitFor();
        assertNoAxeViolations();
        button("Klaar").click();
        openStaffScreen(moment);
        assertNoAxeViolations();
    }

    private static Map<String, Long> storedByRespondentType(String marker) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (List<String> row : Sql.rows("""
                SELECT s.respondent_type, COUNT(*) FROM submission s JOIN kiosk_submission k ON k.submission_id = s.id
                WHERE s.channel = 'MARKTKRAAM' AND s.problem LIKE ? GROUP BY s.respondent_type""", "%" + marker)) {
            counts.put(row.get(0), Long.parseLong(row.get(1)));
        }
        return counts;
    }

    private static long storedInArea(String marker, String areaCode) throws Exception {
        return Sql.number("""
                SELECT COUNT(*) FROM submission s JOIN area a ON a.id = s.area_id
                WHERE s.channel = 'MARKTKRAAM' AND s.problem LIKE ? AND a.code = ?""", "%" + marker, areaCode);
    }

    private static long stored(String marker) throws Exception {
        return Sql.number("""
                SELECT COUNT(*) FROM submission s JOIN kiosk_submission k ON k.submission_id = s.id
                WHERE s.channel = 'MARKTKRAAM' AND s.problem LIKE ?""", "%" + marker);
    }
}
