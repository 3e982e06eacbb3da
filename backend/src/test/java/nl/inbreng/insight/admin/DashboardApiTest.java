package nl.inbreng.insight.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class DashboardApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SubmissionRepository submissions;
    @Inject
    SubmissionThemeRepository submissionThemes;
    @Inject
    RoundRepository rounds;
    @Inject
    AdminUserRepository users;
    @Inject
    AdminUserRoleRepository roles;
    @Inject
    PasswordHasher hasher;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    private void input(long round, LocalDateTime at, Submission.Channel channel, Submission.RespondentType type,
                       Submission.SubmissionStatus status, String theme) {
        Submission saved = submissions.save(new Submission(null, null, null, round, null, "Tekst", null, type, null,
                channel, status, false, at, at, null));
        submissionThemes.save(new SubmissionTheme(null, saved.id(), theme, true));
    }

    @SuppressWarnings("unchecked")
    @Test
    void countsInputPerWeekChannelThemeAreaAndGroupLeavingOutSpam() {
        // Monday 5 October 2026 is in ISO week 41; Monday 12 October in week 42.
        LocalDateTime week41 = LocalDateTime.of(2026, 10, 6, 10, 0);
        LocalDateTime week42 = LocalDateTime.of(2026, 10, 12, 9, 0);
        long round = rounds.save(new Round(null, null, "dashboard-" + System.nanoTime(), "Dashboard test",
                Round.Doelgroep.IEDEREEN, null, week41.minusDays(3), week42.plusDays(20), false, week41)).id();
        input(round, week41, Submission.Channel.ONLINE, Submission.RespondentType.INWONER, Submission.SubmissionStatus.NIEUW, "1.2");
        input(round, week41, Submission.Channel.PAPIER, Submission.RespondentType.INWONER, Submission.SubmissionStatus.NIEUW, "1.2");
        input(round, week42, Submission.Channel.ONLINE, Submission.RespondentType.ONDERNEMER, Submission.SubmissionStatus.NIEUW, "3.1");
        input(round, week42, Submission.Channel.ONLINE, Submission.RespondentType.ANDERS, Submission.SubmissionStatus.SPAM, "3.1");
        AdminLogin.Session analist = new AdminLogin(client, users, roles, hasher).as(Role.ANALIST);

        Map<String, Object> body = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/dashboard?round=" + round)),
                Argument.mapOf(String.class, Object.class));

        assertEquals(3, ((Number) body.get("total")).intValue());
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) body.get("perWeek");
        assertEquals(List.of("2026-W41", "2026-W42"), weeks.stream().map(w -> w.get("week")).toList());
        assertEquals(Map.of("ONLINE", 1, "PAPIER", 1), weeks.get(0).get("channels"));
        assertEquals(Map.of("ONLINE", 1), weeks.get(1).get("channels"));
        List<Map<String, Object>> themes = (List<Map<String, Object>>) body.get("perTheme");
        assertEquals(2, ((Number) themes.get(0).get("count")).intValue(), "the theme with most input comes first");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) body.get("perGroup");
        assertEquals(Map.of("label", "INWONER", "count", 2), groups.get(0));
        List<Map<String, Object>> areas = (List<Map<String, Object>>) body.get("perArea");
        assertEquals(Map.of("label", "ONBEKEND", "count", 3), areas.get(0), "no area given");
    }

    @SuppressWarnings("unchecked")
    @Test
    void offersRoundsThemesChannelsAndAreasForTheFilters() {
        LocalDateTime now = LocalDateTime.now();
        long round = rounds.save(new Round(null, null, "opties-" + System.nanoTime(), "Ronde voor filters",
                Round.Doelgroep.IEDEREEN, null, now, now.plusDays(3), false, now)).id();
        AdminLogin.Session analist = new AdminLogin(client, users, roles, hasher).as(Role.ANALIST);

        Map<String, Object> body = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/insight/options")), Argument.mapOf(String.class, Object.class));

        assertTrue(((List<Map<String, Object>>) body.get("rounds")).stream()
                .anyMatch(r -> String.valueOf(round).equals(r.get("value")) && "Ronde voor filters".equals(r.get("label"))));
        assertTrue(((List<Map<String, Object>>) body.get("themes")).stream().anyMatch(t -> "1.2".equals(t.get("value"))));
        assertEquals(5, ((List<?>) body.get("channels")).size());
    }
}
