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
import nl.inbreng.priorities.PriorityVote;
import nl.inbreng.priorities.PriorityVoteRepository;
import nl.inbreng.priorities.PriorityVoteTheme;
import nl.inbreng.priorities.PriorityVoteThemeRepository;
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
class PrioritisationApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SubmissionRepository submissions;
    @Inject
    SubmissionThemeRepository submissionThemes;
    @Inject
    PriorityVoteRepository votes;
    @Inject
    PriorityVoteThemeRepository voteThemes;
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

    private void input(long round, String theme, Submission.RespondentType type, Submission.Channel channel) {
        LocalDateTime now = LocalDateTime.now();
        Submission saved = submissions.save(new Submission(null, null, null, round, null, "Tekst over " + theme, null,
                type, null, channel, Submission.SubmissionStatus.NIEUW, false, now, now, null));
        submissionThemes.save(new SubmissionTheme(null, saved.id(), theme, true));
    }

    private void vote(long round, Submission.RespondentType type, String... top3) {
        PriorityVote vote = votes.save(new PriorityVote(null, round, type, LocalDateTime.now()));
        for (int i = 0; i < top3.length; i++) {
            voteThemes.save(new PriorityVoteTheme(null, vote.id(), i + 1, top3[i]));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void scoresThemesTransparentlyFromInputsVotesAndAdvicePerGroup() {
        LocalDateTime now = LocalDateTime.now();
        long round = rounds.save(new Round(null, null, "prio-" + System.nanoTime(), "Prioritering test",
                Round.Doelgroep.IEDEREEN, null, now.minusDays(1), now.plusDays(5), false, now)).id();
        input(round, "1.2", Submission.RespondentType.INWONER, Submission.Channel.ONLINE);
        input(round, "1.2", Submission.RespondentType.INWONER, Submission.Channel.PAPIER);
        input(round, "3.1", Submission.RespondentType.PROFESSIONAL, Submission.Channel.THEMATAFEL);
        vote(round, Submission.RespondentType.INWONER, "1.2", "3.1", "4.1");
        vote(round, Submission.RespondentType.ONDERNEMER, "3.1", "1.2");
        AdminLogin.Session analist = new AdminLogin(client, users, roles, hasher).as(Role.ANALIST);

        Map<String, Object> body = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/prioritisation?round=" + round)),
                Argument.mapOf(String.class, Object.class));

        List<Map<String, Object>> themes = (List<Map<String, Object>>) body.get("themes");
        Map<String, Object> dogMess = themes.stream().filter(t -> "1.2".equals(t.get("code"))).findFirst().orElseThrow();
        Map<String, Object> youth = themes.stream().filter(t -> "3.1".equals(t.get("code"))).findFirst().orElseThrow();
        assertEquals(2, ((Number) dogMess.get("inputs")).intValue());
        assertEquals(5, ((Number) dogMess.get("votePoints")).intValue(), "3 for first place, 2 for second");
        assertEquals(5, ((Number) youth.get("votePoints")).intValue());
        assertEquals(1, ((Number) youth.get("adviceInputs")).intValue());
        // 100 × (0.4 × 2/2 + 0.4 × 5/5 + 0.2 × 0/1) = 80 and 100 × (0.4 × 1/2 + 0.4 × 5/5 + 0.2 × 1/1) = 80
        assertEquals(80, ((Number) dogMess.get("score")).intValue());
        assertEquals(80, ((Number) youth.get("score")).intValue());
        Map<String, Map<String, Number>> groups = (Map<String, Map<String, Number>>) dogMess.get("groups");
        assertEquals(2, groups.get("INWONER").get("inputs").intValue());
        assertEquals(2, groups.get("ONDERNEMER").get("votePoints").intValue());
        assertTrue(((String) dogMess.get("inputsLink")).contains("theme=1.2"));
        assertTrue(((String) body.get("formula")).contains("0,4"));
    }
}
