package nl.inbreng.insight.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.insight.InsightTestData;
import nl.inbreng.rounds.Organisation;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.RespondentType;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrioritisationApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    InsightTestData data;

    private AdminLogin.Session analist;

    @BeforeEach
    void logIn() {
        analist = adminLogin.signInAs(Role.ANALIST);
    }

    /** Two themes level at 80: 1.2 by inputs, 3.1 by thematafel advice. */
    private long levelRound() {
        long round = data.round("Prioritering test");
        data.input(round, "1.2", RespondentType.INWONER, Channel.ONLINE);
        data.input(round, "1.2", RespondentType.INWONER, Channel.PAPIER);
        data.input(round, "3.1", RespondentType.PROFESSIONAL, Channel.THEMATAFEL);
        data.vote(round, RespondentType.INWONER, "1.2", "3.1", "4.1");
        data.vote(round, RespondentType.ONDERNEMER, "3.1", "1.2");
        return round;
    }

    private Map<String, Object> prioritisation(long round) {
        return client.toBlocking().retrieve(analist.authorize(HttpRequest.GET("/api/admin/prioritisation?round=" + round)),
                Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> theme(Map<String, Object> body, String code) {
        return ((List<Map<String, Object>>) body.get("themes")).stream().filter(t -> code.equals(t.get("code")))
                .findFirst().orElseThrow();
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    @Test
    void scoresThemesTransparentlyFromInputsVotesAndAdvicePerGroup() {
        long round = levelRound();

        Map<String, Object> body = prioritisation(round);

        Map<String, Object> dogMess = theme(body, "1.2");
        Map<String, Object> youth = theme(body, "3.1");
        assertEquals(2, number(dogMess, "inputs"));
        assertEquals(5, number(dogMess, "votePoints"), "3 for first place, 2 for second");
        assertEquals(5, number(youth, "votePoints"));
        assertEquals(1, number(youth, "adviceInputs"));
        assertEquals(1, number(youth, "tableInputs"));
        // 100 × (0.4 × 2/2 + 0.4 × 5/5 + 0.2 × 0/1) = 80 and 100 × (0.4 × 1/2 + 0.4 × 5/5 + 0.2 × 1/1) = 80
        assertEquals(80, number(dogMess, "score"));
        assertEquals(80, number(youth, "score"));
        assertEquals(1.0, number(dogMess, "weight"), "no manual weight");
        Map<String, Map<String, Object>> groups = (Map<String, Map<String, Object>>) dogMess.get("groups");
        assertEquals(2, number(groups.get("INWONER"), "inputs"));
        assertEquals(2, number(groups.get("ONDERNEMER"), "votePoints"));
        assertTrue(((String) groups.get("INWONER").get("inputsLink")).contains("respondentType=INWONER"));
        assertTrue(((String) dogMess.get("inputsLink")).contains("theme=1.2"));
        assertTrue(((String) youth.get("tableInputsLink")).contains("channel=THEMATAFEL"));
        assertTrue(((String) body.get("formula")).contains("0,4"));
    }

    @Test
    void everyInputFigureLinksToAnInboxListWithExactlyThatManyInputs() {
        long round = levelRound();
        data.input(round, "3.1", RespondentType.PROFESSIONAL, Channel.ONLINE);
        data.awaitIndexed();

        Map<String, Object> youth = theme(prioritisation(round), "3.1");

        assertEquals(2, inboxTotal((String) youth.get("inputsLink")));
        assertEquals(1, inboxTotal((String) youth.get("tableInputsLink")));
        assertEquals(1, inboxTotal((String) youth.get("professionalInputsLink")), "the thematafel input is not counted twice");
        assertEquals(2, number(youth, "adviceInputs"));
    }

    private int inboxTotal(String link) {
        Map<String, Object> inbox = client.toBlocking().retrieve(analist.authorize(HttpRequest.GET(link)),
                Argument.mapOf(String.class, Object.class));
        return ((Number) inbox.get("total")).intValue();
    }

    @Test
    void aManualWeightMultipliesTheScoreAndChangesTheRanking() {
        long round = levelRound();
        Map<String, Object> request = new HashMap<>();
        request.put("round", round);
        request.put("themeCode", "3.1");
        request.put("weight", 1.5);
        request.put("reason", "Politie meldt sterke toename");

        client.toBlocking().exchange(analist.authorize(HttpRequest.PUT("/api/admin/prioritisation/weights", request)));
        Map<String, Object> body = prioritisation(round);

        Map<String, Object> youth = theme(body, "3.1");
        assertEquals(80.0, number(youth, "baseScore"));
        assertEquals(1.5, number(youth, "weight"));
        assertEquals(120, number(youth, "score"), "80 × 1.5");
        @SuppressWarnings("unchecked")
        Map<String, Object> manual = (Map<String, Object>) youth.get("manualWeight");
        assertEquals("Politie meldt sterke toename", manual.get("reason"));
        assertEquals("RONDE", manual.get("scope"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> themes = (List<Map<String, Object>>) body.get("themes");
        assertEquals("3.1", themes.get(0).get("code"), "the weighted theme now leads");

        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);
        List<Map<String, Object>> audit = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.GET("/api/admin/audit?size=50")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(audit.stream().anyMatch(entry -> "PUT".equals(entry.get("action"))
                && "/api/admin/prioritisation/weights".equals(entry.get("target")) && entry.get("userId") != null
                && ((Number) entry.get("outcome")).intValue() == 200), "the audit log records who set the weight");

        client.toBlocking().exchange(analist.authorize(
                HttpRequest.DELETE("/api/admin/prioritisation/weights?theme=3.1&round=" + round)));
        Map<String, Object> after = theme(prioritisation(round), "3.1");
        assertEquals(80, number(after, "score"));
        assertNull(after.get("manualWeight"));
    }

    @Test
    void anOverallWeightHoldsForARoundUntilTheRoundHasItsOwn() {
        long round = levelRound();
        Map<String, Object> overall = new HashMap<>(Map.of("themeCode", "1.2", "weight", 0.5, "reason", "Wordt al aangepakt"));
        client.toBlocking().exchange(analist.authorize(HttpRequest.PUT("/api/admin/prioritisation/weights", overall)));
        try {
            assertEquals(40, number(theme(prioritisation(round), "1.2"), "score"), "80 × 0.5 from the overall weight");

            Map<String, Object> own = new HashMap<>(Map.of("round", round, "themeCode", "1.2", "weight", 1.25,
                    "reason", "In deze wijk juist niet"));
            client.toBlocking().exchange(analist.authorize(HttpRequest.PUT("/api/admin/prioritisation/weights", own)));
            assertEquals(100, number(theme(prioritisation(round), "1.2"), "score"), "80 × 1.25 from the round's own weight");
        } finally {
            // The overall weight would touch other tests' rounds.
            client.toBlocking().exchange(analist.authorize(HttpRequest.DELETE("/api/admin/prioritisation/weights?theme=1.2")));
        }
    }

    @Test
    void refusesAWeightOutsideTheRangeOrWithoutAReason() {
        Map<String, Object> request = new HashMap<>(Map.of("themeCode", "1.2", "weight", 5, "reason", ""));

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(analist.authorize(HttpRequest.PUT("/api/admin/prioritisation/weights", request)), String.class));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        String problem = refused.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("weight") && problem.contains("reason"), problem);
    }

    @SuppressWarnings("unchecked")
    @Test
    void organisationAdviceCountsTopThreePointsTimesTheConstituencyFactor() {
        long round = levelRound();
        // 1,000 households: factor 1 + log10(10) = 2; first place 3 points → 6 weighted points for 4.1.
        data.organisationAdvice(round, "Wijkraad Noord", Organisation.Kind.WIJKRAAD, 1000, "4.1", "1.2");
        // Unknown constituency: factor 1; first place for 4.1 again → 3 more.
        data.organisationAdvice(round, "Ondernemersvereniging Centrum", Organisation.Kind.ONDERNEMERSVERENIGING, null, "4.1");

        Map<String, Object> body = prioritisation(round);

        Map<String, Object> traffic = theme(body, "4.1");
        assertEquals(9.0, number(traffic, "organisationPoints"));
        assertEquals(9.0, number(traffic, "advice"));
        assertEquals(9.0, number((Map<String, Object>) body.get("maxima"), "advice"));
        // inputs 2 (the two advice inputs) of max 2, vote points 1 of max 5, advice 9 of max 9:
        // 100 × (0.4 × 2/2 + 0.4 × 1/5 + 0.2 × 9/9) = 68
        assertEquals(68, number(traffic, "score"));
        List<Map<String, Object>> votes = (List<Map<String, Object>>) traffic.get("organisationVotes");
        Map<String, Object> wijkraad = votes.stream().filter(v -> "Wijkraad Noord".equals(v.get("organisation")))
                .findFirst().orElseThrow();
        assertEquals(2.0, number(wijkraad, "factor"));
        assertEquals(6.0, number(wijkraad, "weightedPoints"));
        Map<String, Map<String, Object>> groups = (Map<String, Map<String, Object>>) traffic.get("groups");
        assertEquals(2, number(groups.get("ORGANISATIE"), "inputs"));
        assertEquals(6, number(groups.get("ORGANISATIE"), "votePoints"), "unweighted: two first places");
        // 1.2 gets 2 weighted points from the wijkraad's second place (2 × 2): 100 × (0.4 + 0.4 + 0.2 × 4/9) = 88.9
        Map<String, Object> dogMess = theme(body, "1.2");
        assertEquals(4.0, number(dogMess, "organisationPoints"));
        assertEquals(88.9, number(dogMess, "baseScore"));
        assertEquals(89, number(dogMess, "score"));
    }

    @Test
    void constituencyFactorIsLogarithmicAndCapped() {
        assertEquals(1.0, ConstituencyFactor.of(null));
        assertEquals(1.0, ConstituencyFactor.of(50));
        assertEquals(2.0, ConstituencyFactor.of(1000));
        assertEquals(1.7, ConstituencyFactor.of(500));
        assertEquals(3.0, ConstituencyFactor.of(10_000));
        assertEquals(3.0, ConstituencyFactor.of(2_000_000));
    }
}
