package nl.inbreng.kiosk.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperFormApiTest extends RealDatabaseTest {

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
    AdminLogin.Session staff;

    @BeforeAll
    void logIn() {
        beheerder = adminLogin.signInAs(Role.BEHEERDER);
        staff = adminLogin.signInAs(Role.KRAAM);
    }

    private long stallDay(String name) {
        return stallDay(name, null);
    }

    private long stallDay(String name, String gemeenteCode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "place", "Raadhuis", "date", "2026-10-12"));
        if (gemeenteCode != null) {
            body.put("gemeenteCode", gemeenteCode);
        }
        Map<?, ?> created = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST("/api/admin/kraammomenten", body)), Map.class);
        return ((Number) created.get("id")).longValue();
    }

    @Test
    void printsTheStallQuestionsOnOneA4PageWithThemesAsCheckBoxes() throws Exception {
        long id = stallDay("Weekmarkt woensdag 12 oktober");

        HttpResponse<byte[]> response = client.toBlocking().exchange(
                staff.authorize(HttpRequest.GET("/api/admin/kraammomenten/" + id + "/paper-form.pdf")), byte[].class);

        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            // wrapped lines come out as separate lines: compare with every run of white space made one space
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Weekmarkt woensdag 12 oktober"), text);
            assertTrue(text.contains("Wat is er mis?"), text);
            assertTrue(text.contains("Wat zou helpen?"), text);
            assertTrue(text.contains("Waar is het?"), text);
        }
    }

    @Test
    void printsEveryThemeWithCodeAndFullNameWeetIkNietTheAreasWieBentUAndAPrivacyLine() throws Exception {
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "papierstad-" + UUID.randomUUID(), "Papierstad", 9_000));
        areas.save(new Area(null, gemeente.id(), "kern-" + UUID.randomUUID(), "Oud-Papierdorp", Area.AreaKind.KERN, 800, 0));
        long id = stallDay("Weekmarkt " + UUID.randomUUID(), gemeente.code());

        HttpResponse<byte[]> response = client.toBlocking().exchange(
                staff.authorize(HttpRequest.GET("/api/admin/kraammomenten/" + id + "/paper-form.pdf")), byte[].class);

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            List<Map<String, Object>> velden = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/themes"),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            int themes = 0;
            for (Map<String, Object> veld : velden) {
                for (Object theme : (List<?>) veld.get("themes")) {
                    Map<?, ?> t = (Map<?, ?>) theme;
                    assertTrue(text.contains(t.get("code") + " " + t.get("name")), "theme " + t.get("code") + " in full: " + text);
                    themes++;
                }
            }
            assertTrue(themes >= 22, "the 22 VNG themes at least");
            assertTrue(text.contains("1.3 Objectieve veiligheid / veelvoorkomende en high-impact criminaliteit"), text);
            assertFalse(text.contains("\u2026"), "no label is cut short");
            assertTrue(text.contains("Weet ik niet"), text);
            assertTrue(text.contains("Oud-Papierdorp"), text);
            assertTrue(text.contains("Wie bent u?"), text);
            for (String answer : PaperForm.WHO) {
                assertTrue(text.contains(answer), answer);
            }
            assertTrue(text.contains(PaperForm.PRIVACY), text);
        }
    }

    @Test
    void aStallDayForTheRoundOfOneGemeenteStandsInThatGemeenteAndTheListNamesItsRound() throws Exception {
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "rondestad-" + UUID.randomUUID(), "Rondestad", 7_000));
        String kern = "Kern " + UUID.randomUUID().toString().substring(0, 8);
        areas.save(new Area(null, gemeente.id(), "kern-" + UUID.randomUUID(), kern, Area.AreaKind.KERN, 700, 0));
        Gemeente elsewhere = gemeenten.save(new Gemeente(null, "elders-" + UUID.randomUUID(), "Elders", 7_000));
        String otherKern = "Elders " + UUID.randomUUID().toString().substring(0, 8);
        areas.save(new Area(null, elsewhere.id(), "elders-" + UUID.randomUUID(), otherKern, Area.AreaKind.KERN, 700, 0));
        Round round = aRound().forEveryone().inGemeente(gemeente.id()).titled("Veilig Rondestad " + UUID.randomUUID())
                .saveWith(rounds, roundThemes);
        String name = "Jaarmarkt " + UUID.randomUUID();
        Map<?, ?> created = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST("/api/admin/kraammomenten",
                Map.of("name", name, "place", "Brink", "date", "2026-10-12", "roundId", round.id()))), Map.class);
        long id = ((Number) created.get("id")).longValue();

        try (PDDocument pdf = Loader.loadPDF(client.toBlocking().retrieve(staff.authorize(
                HttpRequest.GET("/api/admin/kraammomenten/" + id + "/paper-form.pdf")), byte[].class))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(kern), "the round's gemeente lists its areas");
            assertFalse(text.contains(otherKern), "and only those");
        }
        List<Map<String, Object>> list = client.toBlocking().retrieve(staff.authorize(HttpRequest.GET("/api/admin/kraammomenten")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> item = list.stream().filter(m -> name.equals(m.get("name"))).findFirst().orElseThrow();
        assertEquals(round.title(), item.get("roundTitle"));
        assertEquals(round.id(), ((Number) item.get("roundId")).longValue());
    }

    @Test
    void aDateThatIsNoDateIsSaidAtTheDateFieldInDutch() {
        for (String date : List.of("", "12-10-2026")) {
            HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                    .exchange(beheerder.authorize(HttpRequest.POST("/api/admin/kraammomenten",
                            Map.of("name", "Markt", "place", "Brink", "date", date))), Map.class));

            assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
            List<?> errors = (List<?>) refused.getResponse().getBody(Map.class).orElseThrow().get("errors");
            assertEquals(List.of(Map.of("field", "date",
                            "message", "Vul een geldige datum in, of laat het veld weg als het niet verplicht is.")), errors,
                    "\"" + date + "\" is named at its field");
        }
    }

    @Test
    void storesATypedInPaperFormWithChannelPapierLinkedToTheStallDay() throws Exception {
        long id = stallDay("Koopavond " + UUID.randomUUID());
        String problem = "Te hard rijden op de Dorpsstraat " + UUID.randomUUID();

        HttpResponse<Map> response = client.toBlocking().exchange(staff.authorize(HttpRequest.POST("/api/admin/kraammomenten/" + id + "/paper-submissions",
                Map.of("themeCodes", List.of("1.1"), "problem", problem, "respondentType", "ONDERNEMER"))), Map.class);

        assertEquals(HttpStatus.CREATED, response.getStatus());
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT s.channel, ks.kraammoment_id, s.respondent_type FROM submission s
                     JOIN kiosk_submission ks ON ks.submission_id = s.id WHERE s.problem = ?""")) {
            query.setString(1, problem);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("PAPIER", row.getString(1));
                assertEquals(id, row.getLong(2));
                assertEquals("ONDERNEMER", row.getString(3));
            }
        }
    }

    @Test
    void refusesAPaperFormWithoutWieBentUAndUnknownThemesAtTheirFieldsInDutchStoringNothing() throws Exception {
        long id = stallDay("Koopavond " + UUID.randomUUID());
        String problem = "Fietsendiefstal bij het station " + UUID.randomUUID();

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(staff.authorize(HttpRequest.POST("/api/admin/kraammomenten/" + id + "/paper-submissions",
                        Map.of("themeCodes", List.of("9.9"), "problem", problem))), Map.class));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Map<?, ?> body = refused.getResponse().getBody(Map.class).orElseThrow();
        Map<Object, Object> byField = new java.util.HashMap<>();
        ((List<?>) body.get("errors")).forEach(error -> byField.put(((Map<?, ?>) error).get("field"), ((Map<?, ?>) error).get("message")));
        assertEquals(EnterPaperForm.NEED_WHO, byField.get("respondentType"));
        assertTrue(byField.containsKey("themeCodes"), byField.toString());
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM submission WHERE problem = ?")) {
            query.setString(1, problem);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(0, row.getLong(1));
            }
        }
    }
}
