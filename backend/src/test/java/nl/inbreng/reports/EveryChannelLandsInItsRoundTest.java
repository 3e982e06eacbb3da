package nl.inbreng.reports;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.priorities.PriorityVoteRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.submissions.RoundOfInput;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every channel's input lands in its round without naming one (CONTRACT: the round open for its respondent group in
 * its gemeente), the admin filter round=&lt;id&gt; finds it, and the inbox, dashboard and report agree on the count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryChannelLandsInItsRoundTest extends RealDatabaseTest {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

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
    TableSessionRepository sessions;
    @Inject
    SubmissionRepository submissions;
    @Inject
    PriorityVoteRepository votes;
    @Inject
    RoundOfInput roundOfInput;
    @Inject
    GatherOpbrengsten report;
    @Inject
    IndexOutboxWorker worker;

    AdminLogin.Session beheerder;
    Gemeente gemeente;
    Area wijk;
    Round everyone;
    Round ondernemers;

    @BeforeAll
    void setUp() {
        beheerder = adminLogin.signInAs(Role.BEHEERDER, Role.ANALIST, Role.FACILITATOR);
        long unique = System.nanoTime();
        gemeente = gemeenten.save(new Gemeente(null, "rondedorp-" + unique, "Rondedorp", 9000));
        wijk = areas.save(new Area(null, gemeente.id(), "rondedorp-oost-" + unique, "Oost", Area.AreaKind.WIJK, 3000, 1));
        LocalDateTime now = LocalDateTime.now();
        everyone = rounds.save(aRound().inGemeente(gemeente.id()).slug("rondedorp-iedereen-" + unique)
                .titled("Veilig Rondedorp").forEveryone().withoutIntro()
                .openBetween(now.minusDays(5), now.plusDays(20)).build());
        ondernemers = rounds.save(aRound().inGemeente(gemeente.id()).slug("rondedorp-ondernemers-" + unique)
                .titled("Ondernemers").forOndernemers().withoutIntro().openBetween(now.minusDays(5), now.plusDays(25))
                .build());
    }

    @Test
    void everyChannelLandsInTheRoundOpenForItsGroupAndTheFiguresAgree() {
        long portal = portal(Map.of("areaCode", wijk.code(), "respondentType", "INWONER"));
        long entrepreneur = portal(Map.of("areaCode", wijk.code(), "respondentType", "ONDERNEMER"));
        long chosen = portal(Map.of("areaCode", wijk.code(), "respondentType", "ONDERNEMER", "roundId", everyone.id()));

        Map<String, Object> moment = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST(
                "/api/admin/kraammomenten", Map.of("name", "Markt Rondedorp", "place", "Marktplein",
                        "date", LocalDateTime.now().toLocalDate().toString(), "gemeenteCode", gemeente.code()))), MAP);
        assertEquals(everyone.id(), ((Number) moment.get("roundId")).longValue());
        long paper = ((Number) client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST(
                "/api/admin/kraammomenten/" + moment.get("id") + "/paper-submissions",
                Map.of("themeCodes", List.of("1.2"), "problem", "Losliggende stoeptegels bij de markt.",
                        "respondentType", "INWONER"))), MAP)
                .get("id")).longValue();
        Map<String, Object> unlocked = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/kiosk/unlock",
                Map.of("kioskToken", moment.get("kioskToken"), "code", moment.get("unlockCode"), "deviceId", "tablet-ronde")), MAP);
        long kiosk = ((Number) client.toBlocking().retrieve(HttpRequest.POST("/api/v1/kiosk/submissions",
                        Map.of("themeCodes", List.of("4.1"), "problem", "Er wordt te hard gereden langs de markt.",
                                "respondentType", "INWONER"))
                .header("X-Kiosk-Session", (String) unlocked.get("sessionToken")), MAP).get("id")).longValue();

        TableSession table = sessions.save(new TableSession(null, gemeente.id(), null, "Tafel Rondedorp", null,
                LocalDateTime.now().minusHours(3), LocalDateTime.now().minusHours(1), "Dorpshuis", 10, null, null, null,
                LocalDateTime.now(), null));
        long outcome = ((Number) client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST(
                "/api/admin/tables/" + table.id() + "/outcomes",
                Map.of("themeCode", "3.1", "problem", "Jongeren hangen 's avonds bij het dorpshuis."))), MAP)
                .get("submissionId")).longValue();

        Map<String, Object> imported = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST(
                "/api/admin/imports?textColumn=tekst&roundId=" + everyone.id(),
                "tekst\nDe fietsenstalling bij het station is onveilig.\n".getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")), MAP);
        long importedId = ((Number) ((List<?>) imported.get("ids")).get(0)).longValue();

        assertEquals(everyone.id(), roundOf(portal));
        assertEquals(ondernemers.id(), roundOf(entrepreneur), "the group's own round before the round for everyone");
        assertEquals(everyone.id(), roundOf(chosen), "the portal's own choice wins");
        assertEquals(everyone.id(), roundOf(paper));
        assertEquals(everyone.id(), roundOf(kiosk));
        assertEquals(everyone.id(), roundOf(outcome));
        assertEquals(everyone.id(), roundOf(importedId));

        worker.awaitCaughtUp();
        Map<String, Object> inbox = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.GET(
                "/api/admin/submissions?size=50&round=" + everyone.id())), MAP);
        List<Long> found = ((List<Map<String, Object>>) inbox.get("items")).stream()
                .map(item -> ((Number) item.get("id")).longValue()).sorted().toList();
        assertEquals(List.of(portal, chosen, paper, kiosk, outcome, importedId).stream().sorted().toList(), found);
        Map<String, Object> dashboard = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.GET(
                "/api/admin/dashboard?round=" + everyone.id())), MAP);
        assertEquals(6, ((Number) dashboard.get("total")).intValue());
        OpbrengstenNotitie notitie = ((GatherOpbrengsten.Result.Gathered) report.gather(everyone.id(), null)).notitie();
        assertEquals(6, notitie.participation().inputs());
    }

    @Test
    void aPriorityVoteWithoutRoundCountsInTheRoundOpenForTheVoter() {
        Map<String, Object> cast = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/priorities",
                Map.of("themeCodes", List.of("1.2", "4.1", "3.1"))), MAP);

        Long expected = roundOfInput.find(null, Submission.RespondentType.INWONER, List.of("1.2", "4.1", "3.1"),
                LocalDateTime.now()).map(Round::id).orElseThrow();
        assertEquals(expected, votes.findById(((Number) cast.get("id")).longValue()).orElseThrow().roundId());
    }

    private long portal(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("themeCodes", List.of("1.4"),
                "problem", "Ik voel me 's avonds niet veilig in het park."));
        body.putAll(extra);
        return ((Number) client.toBlocking().retrieve(HttpRequest.POST("/api/v1/submissions", body), MAP).get("id"))
                .longValue();
    }

    private Long roundOf(long submissionId) {
        Submission stored = submissions.findById(submissionId).orElseThrow();
        assertNotNull(stored.roundId(), "input " + submissionId + " has a round");
        return stored.roundId();
    }
}
