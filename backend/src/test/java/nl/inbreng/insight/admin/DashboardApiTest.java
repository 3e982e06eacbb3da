package nl.inbreng.insight.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Area;
import nl.inbreng.insight.InsightTestData;
import nl.inbreng.submissions.Submission;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    InsightTestData data;

    private void input(long round, LocalDateTime at, Submission.Channel channel, Submission.RespondentType type,
                       Submission.SubmissionStatus status, String theme) {
        data.input(round, "Tekst", theme, type, channel, status, at, null);
    }

    @SuppressWarnings("unchecked")
    @Test
    void countsInputPerWeekChannelThemeAreaAndGroupLeavingOutSpam() {
        // Monday 5 October 2026 is in ISO week 41; Monday 12 October in week 42.
        LocalDateTime week41 = LocalDateTime.of(2026, 10, 6, 10, 0);
        LocalDateTime week42 = LocalDateTime.of(2026, 10, 12, 9, 0);
        long round = data.round("Dashboard test", week41.minusDays(3), week42.plusDays(20));
        input(round, week41, Submission.Channel.ONLINE, Submission.RespondentType.INWONER, Submission.SubmissionStatus.NIEUW, "1.2");
        input(round, week41, Submission.Channel.PAPIER, Submission.RespondentType.INWONER, Submission.SubmissionStatus.NIEUW, "1.2");
        input(round, week42, Submission.Channel.ONLINE, Submission.RespondentType.ONDERNEMER, Submission.SubmissionStatus.NIEUW, "3.1");
        input(round, week42, Submission.Channel.ONLINE, Submission.RespondentType.ANDERS, Submission.SubmissionStatus.SPAM, "3.1");
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);

        Map<String, Object> body = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/dashboard?round=" + round)),
                Argument.mapOf(String.class, Object.class));

        assertEquals(3, ((Number) body.get("total")).intValue());
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) body.get("perWeek");
        assertEquals(List.of("2026-W41", "2026-W42"), weeks.stream().map(w -> w.get("week")).toList());
        assertEquals(Map.of("ONLINE", 1, "PAPIER", 1), weeks.get(0).get("channels"));
        assertEquals(Map.of("ONLINE", 1), weeks.get(1).get("channels"));
        List<Map<String, Object>> themes = (List<Map<String, Object>>) body.get("perTheme");
        assertEquals(Map.of("label", "1.2", "count", 2), themes.get(0), "the theme with most input comes first, by code");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) body.get("perGroup");
        assertEquals(Map.of("label", "INWONER", "count", 2), groups.get(0));
        List<Map<String, Object>> areas = (List<Map<String, Object>>) body.get("perArea");
        assertEquals(Map.of("label", "ONBEKEND", "count", 3), areas.get(0), "no area given");
    }

    @SuppressWarnings("unchecked")
    @Test
    void offersRoundsThemesChannelsAndAreasForTheFilters() {
        long round = data.round("Ronde voor filters");
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);

        Map<String, Object> body = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/insight/options")), Argument.mapOf(String.class, Object.class));

        assertTrue(((List<Map<String, Object>>) body.get("rounds")).stream()
                .anyMatch(r -> String.valueOf(round).equals(r.get("value")) && "Ronde voor filters".equals(r.get("label"))));
        assertTrue(((List<Map<String, Object>>) body.get("themes")).stream().anyMatch(t -> "1.2".equals(t.get("value"))));
        assertEquals(5, ((List<?>) body.get("channels")).size());
    }

    @SuppressWarnings("unchecked")
    @Test
    void setsEachAreasShareOfTheInputAgainstItsShareOfThePopulation() {
        Area north = data.area("Noord");
        Area south = data.area("Zuid");
        Area unknown = data.area("Zonder telling");
        long round = data.round("Dashboard gebieden");
        LocalDateTime now = LocalDateTime.now();
        data.input(round, "Tekst", "1.2", Submission.RespondentType.INWONER, Submission.Channel.ONLINE,
                Submission.SubmissionStatus.NIEUW, now, north.id());
        for (int i = 0; i < 3; i++) {
            data.input(round, "Tekst", "1.2", Submission.RespondentType.INWONER, Submission.Channel.ONLINE,
                    Submission.SubmissionStatus.NIEUW, now, south.id());
        }
        data.input(round, "Tekst", "1.2", Submission.RespondentType.INWONER, Submission.Channel.ONLINE,
                Submission.SubmissionStatus.SPAM, now, south.id());
        data.input(round, "Tekst", "1.2", Submission.RespondentType.INWONER, Submission.Channel.ONLINE,
                Submission.SubmissionStatus.NIEUW, now, unknown.id());
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);
        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/areas/" + north.id() + "/population",
                Map.of("population", 9000, "year", 2025))));
        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/areas/" + south.id() + "/population",
                Map.of("population", 1000))));

        Map<String, Object> body = client.toBlocking().retrieve(
                beheerder.authorize(HttpRequest.GET("/api/admin/dashboard?round=" + round)),
                Argument.mapOf(String.class, Object.class));

        List<Map<String, Object>> shares = (List<Map<String, Object>>) body.get("areaShares");
        assertTrue(shares.stream().noneMatch(s -> "Zonder telling".equals(s.get("name"))), "no population, no share");
        // Other test classes may have entered populations for their own areas: the whole is all areas with a figure.
        double people = shares.stream().mapToDouble(s -> ((Number) s.get("population")).doubleValue()).sum();
        Map<String, Object> northShare = share(shares, "Noord");
        Map<String, Object> southShare = share(shares, "Zuid");
        assertEquals(1, ((Number) northShare.get("inputs")).intValue());
        assertEquals(3, ((Number) southShare.get("inputs")).intValue(), "spam does not count");
        assertEquals(25.0, ((Number) northShare.get("inputShare")).doubleValue(), "1 of the 4 inputs placed in counted areas");
        assertEquals(75.0, ((Number) southShare.get("inputShare")).doubleValue());
        assertEquals(Math.round(1000 * 1000 / people) / 10.0, ((Number) southShare.get("populationShare")).doubleValue());
        assertEquals(2025, ((Number) northShare.get("populationYear")).intValue());
        double southIndex = Math.round(100 * 75.0 / ((Number) southShare.get("populationShare")).doubleValue()) / 100.0;
        assertEquals(southIndex, ((Number) southShare.get("index")).doubleValue(), "input share ÷ population share");
        assertEquals("OVER", southShare.get("verdict"));
        assertTrue(((String) southShare.get("inputsLink")).contains("area=" + south.code()));

        List<Map<String, Object>> areas = client.toBlocking().retrieve(
                beheerder.authorize(HttpRequest.GET("/api/admin/areas")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(9000, ((Number) areas.stream().filter(a -> north.code().equals(a.get("code"))).findFirst()
                .orElseThrow().get("population")).intValue());
    }

    private static Map<String, Object> share(List<Map<String, Object>> shares, String name) {
        return shares.stream().filter(s -> name.equals(s.get("name"))).findFirst().orElseThrow();
    }

    @Test
    void onlyABeheerderEntersPopulationAndNonsenseIsRefusedInDutch() {
        Area area = data.area("Oost");
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);

        HttpClientResponseException forbidden = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(analist.authorize(HttpRequest.PUT("/api/admin/areas/" + area.id() + "/population",
                        Map.of("population", 10)))));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/areas/" + area.id() + "/population",
                        Map.of("population", -5))), String.class));

        assertEquals(HttpStatus.FORBIDDEN, forbidden.getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.getResponse().getBody(String.class).orElse("").contains("aantal inwoners"));
    }
}
