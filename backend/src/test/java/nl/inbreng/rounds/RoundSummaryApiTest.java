package nl.inbreng.rounds;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundSummaryApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RoundRepository rounds;
    @Inject
    nl.inbreng.submissions.SubmissionRepository submissions;
    @Inject
    nl.inbreng.submissions.ContactDetailsRepository contacts;

    @Inject
    AdminLogin adminLogin;

    private long round(String title) {
        LocalDateTime now = LocalDateTime.now();
        return rounds.save(aRound().slug("samenvatting-" + System.nanoTime()).titled(title).forEveryone()
                .withoutIntro().openBetween(now.minusDays(30), now.minusDays(1)).build()).id();
    }

    private HttpStatus status(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run).getStatus();
    }

    private Map<String, Object> propose(AdminLogin.Session beheerder, long round, String text) {
        return client.toBlocking().retrieve(beheerder.authorize(HttpRequest.PUT("/api/admin/rounds/" + round + "/summary",
                Map.of("text", text))), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> publish(AdminLogin.Session beheerder, long round) {
        return client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST("/api/admin/rounds/" + round
                + "/summary/publish", Map.of())), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> shown(long round) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds/" + round + "/summary"),
                Argument.mapOf(String.class, Object.class));
    }

    @Test
    void aProposalIsPublicOnlyAfterAnotherBeheerderPublishesIt() {
        long round = round("Ronde met samenvatting");
        AdminLogin.Session proposer = adminLogin.signInAs(Role.BEHEERDER);
        AdminLogin.Session publisher = adminLogin.signInAs(Role.BEHEERDER);

        Map<String, Object> state = propose(proposer, round, "We pakken hondenpoep als eerste aan.");
        assertEquals(true, ((Map<?, ?>) state.get("proposal")).get("byMe"));
        assertEquals(HttpStatus.NOT_FOUND, status(() -> client.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/rounds/" + round + "/summary"), String.class)));

        HttpClientResponseException own = assertThrows(HttpClientResponseException.class, () -> publish(proposer, round));
        assertEquals(HttpStatus.CONFLICT, own.getStatus());
        assertTrue(own.getResponse().getBody(String.class).orElse("").contains("eigen voorstel"));
        assertEquals(HttpStatus.NOT_FOUND, status(() -> client.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/rounds/" + round + "/summary"), String.class)));

        Map<String, Object> published = publish(publisher, round);
        assertEquals(0, ((Number) published.get("mailsQueued")).intValue());

        Map<String, Object> shown = shown(round);
        assertEquals("We pakken hondenpoep als eerste aan.", shown.get("text"));
        assertEquals("Ronde met samenvatting", shown.get("roundTitle"));
        assertTrue(shown.get("approvedAt") != null, "the publication date");
        assertFalse(shown.containsKey("approvedBy"), "who published it is internal");
        assertEquals(null, shown.get("councilDecision"));
        List<Map<String, Object>> all = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/round-summaries"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(all.stream().anyMatch(s -> ((Number) s.get("roundId")).longValue() == round));
        HttpClientResponseException again = assertThrows(HttpClientResponseException.class, () -> publish(publisher, round));
        assertEquals(HttpStatus.CONFLICT, again.getStatus(), "nothing left to publish");
    }

    @Test
    void aNewProposalWaitsWhileThePublishedTextStays() {
        long round = round("Ronde die wordt bijgewerkt");
        AdminLogin.Session first = adminLogin.signInAs(Role.BEHEERDER);
        AdminLogin.Session second = adminLogin.signInAs(Role.BEHEERDER);
        propose(first, round, "Eerste versie.");
        publish(second, round);

        propose(second, round, "Tweede versie.");
        assertEquals("Eerste versie.", shown(round).get("text"));
        publish(first, round);
        assertEquals("Tweede versie.", shown(round).get("text"));
    }

    @Test
    void theCouncilDecisionNeedsAPastDateAndIsShownOnceEntered() {
        long round = round("Ronde met raadsbesluit");
        AdminLogin.Session first = adminLogin.signInAs(Role.BEHEERDER);
        AdminLogin.Session second = adminLogin.signInAs(Role.BEHEERDER);
        propose(first, round, "We beginnen met verkeer.");
        publish(second, round);
        String url = "/api/admin/rounds/" + round + "/summary/council-decision";

        HttpClientResponseException noDate = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(first.authorize(HttpRequest.PUT(url, Map.of("councilDecision", "Vastgesteld."))), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, noDate.getStatus());
        assertTrue(noDate.getResponse().getBody(String.class).orElse("").contains("\"field\":\"councilDecidedOn\""));
        HttpClientResponseException badDate = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(first.authorize(HttpRequest.PUT(url, Map.of("councilDecision", "Vastgesteld.",
                        "councilDecidedOn", "morgen"))), String.class));
        assertTrue(badDate.getResponse().getBody(String.class).orElse("").contains("geen geldige datum"));
        HttpClientResponseException future = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(first.authorize(HttpRequest.PUT(url, Map.of("councilDecision", "Vastgesteld.",
                        "councilDecidedOn", java.time.LocalDate.now().plusDays(3).toString()))), String.class));
        assertTrue(future.getResponse().getBody(String.class).orElse("").contains("toekomst"));

        client.toBlocking().exchange(first.authorize(HttpRequest.PUT(url, Map.of(
                "councilDecision", "De raad stelde het plan vast met verkeer als eerste.", "councilDecidedOn", "2026-11-02"))));
        Map<String, Object> shown = shown(round);
        assertEquals("De raad stelde het plan vast met verkeer als eerste.", shown.get("councilDecision"));
        assertEquals("2026-11-02", shown.get("councilDecidedOn"));
    }

    @Test
    void withoutSmtpTheScreenCountsWhoWouldBeMailed() {
        long round = round("Ronde zonder mailserver");
        long withEmail = submissionIn(round);
        long phoneOnly = submissionIn(round);
        contacts.save(new nl.inbreng.submissions.ContactDetails(null, withEmail, null, "bewoner@voorbeeld.nl", null,
                nl.inbreng.submissions.ContactDetails.ContactPurpose.TERUGKOPPELING, LocalDateTime.now(),
                java.time.LocalDate.now().plusMonths(12)));
        contacts.save(new nl.inbreng.submissions.ContactDetails(null, phoneOnly, null, null, "0612345678",
                nl.inbreng.submissions.ContactDetails.ContactPurpose.TERUGKOPPELING, LocalDateTime.now(),
                java.time.LocalDate.now().plusMonths(12)));
        AdminLogin.Session first = adminLogin.signInAs(Role.BEHEERDER);
        AdminLogin.Session second = adminLogin.signInAs(Role.BEHEERDER);

        Map<String, Object> before = propose(first, round, "Wat we doen.");
        Map<?, ?> feedback = (Map<?, ?>) before.get("feedback");
        assertEquals(false, feedback.get("mailConfigured"));
        assertEquals(1, ((Number) feedback.get("notYetQueued")).intValue(), "only residents with an e-mail address");

        Map<String, Object> published = publish(second, round);
        assertEquals(1, ((Number) published.get("mailsQueued")).intValue());
        assertEquals(false, published.get("mailConfigured"));
        Map<String, Object> after = client.toBlocking().retrieve(first.withoutCsrf(HttpRequest.GET(
                "/api/admin/rounds/" + round + "/summary")), Argument.mapOf(String.class, Object.class));
        assertEquals(1, ((Number) ((Map<?, ?>) after.get("feedback")).get("waiting")).intValue());
        assertTrue(contacts.findBySubmissionId(withEmail).isPresent(), "nothing was mailed, so nothing is erased");
    }

    private long submissionIn(long round) {
        LocalDateTime now = LocalDateTime.now();
        return submissions.save(new nl.inbreng.submissions.Submission(null, null, null, round, null, "Te hard gereden.",
                null, nl.inbreng.submissions.Submission.RespondentType.INWONER, null,
                nl.inbreng.submissions.Submission.Channel.ONLINE, nl.inbreng.submissions.Submission.SubmissionStatus.NIEUW,
                false, now, now, null)).id();
    }

    @Test
    void rejectsAnEmptySummaryWithADutchMessage() {
        long round = round("Ronde zonder tekst");
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);
        HttpClientResponseException error = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/rounds/" + round + "/summary",
                        Map.of("text", "  "))), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, error.getStatus());
        assertTrue(error.getResponse().getBody(String.class).orElse("").contains("Schrijf wat de gemeente"));
    }

    @Test
    void onlyABeheerderMayProposeAndAnUnknownRoundIsNotFound() {
        long round = round("Ronde voor analist");
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        assertEquals(HttpStatus.FORBIDDEN, status(() -> client.toBlocking().exchange(analist.authorize(
                HttpRequest.PUT("/api/admin/rounds/" + round + "/summary", Map.of("text", "Mag niet."))))));
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);
        assertEquals(HttpStatus.NOT_FOUND, status(() -> client.toBlocking().exchange(beheerder.authorize(
                HttpRequest.PUT("/api/admin/rounds/987654321/summary", Map.of("text", "Bestaat niet."))))));
    }
}
