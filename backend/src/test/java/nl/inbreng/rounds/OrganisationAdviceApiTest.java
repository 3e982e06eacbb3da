package nl.inbreng.rounds;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.SearchQuery;
import nl.inbreng.search.SearchResult;
import nl.inbreng.search.SubmissionSearch;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SuppressWarnings("unchecked")
class OrganisationAdviceApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    SubmissionRepository submissions;

    @Inject
    RoundInvitationRepository invitations;

    @Inject
    OrganisationAdviceRepository advices;

    @Inject
    IndexOutboxWorker indexWorker;

    @Inject
    SubmissionSearch search;

    AdminLogin.Session beheerder;

    /** application.yml pins 8080, which another process on this machine may hold: take a free port. */
    @BeforeAll
    void logIn() {
        beheerder = adminLogin.signInAs(Role.BEHEERDER);
    }

    @Test
    void aWijkraadGivesAdviceWithItsCodeAndItsInputIsStoredWithTheRound() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        String slug = (String) round.get("slug");
        String code = invite(round, "Wijkraad Oost");

        Map<String, Object> page = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds/" + slug),
                Argument.mapOf(String.class, Object.class));
        assertEquals("OPEN", page.get("state"));
        assertEquals(List.of("1.4", "3.1", "4.1"), page.get("themeCodes"));

        Map<String, Object> receipt = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/rounds/" + slug + "/advice",
                adviceWith(code.toLowerCase().replace("-", " "))), Argument.mapOf(String.class, Object.class));

        assertEquals("Wijkraad Oost", receipt.get("organisationName"));
        List<Number> ids = (List<Number>) receipt.get("submissionIds");
        assertEquals(2, ids.size());
        Submission first = submissions.findById(ids.get(0).longValue()).orElseThrow();
        assertEquals(((Number) round.get("id")).longValue(), first.roundId());
        assertEquals(Submission.RespondentType.INWONER, first.respondentType());
        OrganisationAdvice advice = advices.findByRoundId(((Number) round.get("id")).longValue()).get(0);
        assertEquals(1250, advice.constituencySize());
        assertEquals("HUISHOUDENS", advice.constituencyUnit());
    }

    @Test
    void givenAdviceIsFoundInSearchWithinItsRound() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        String code = invite(round, "Wijkraad Noord");
        Map<String, Object> receipt = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/rounds/" + round.get("slug")
                + "/advice", adviceWith(code)), Argument.mapOf(String.class, Object.class));

        indexWorker.awaitCaughtUp();

        SearchQuery all = SearchQuery.all();
        SearchResult inRound = search.search(new SearchQuery(null, List.of(), List.of(), List.of(), List.of(),
                List.of(String.valueOf(round.get("id"))), List.of(), List.of(), null, null, null,
                SearchQuery.Order.NEWEST, 0, all.size()));
        List<Long> given = ((List<Number>) receipt.get("submissionIds")).stream().map(Number::longValue).sorted().toList();
        assertEquals(given, inRound.items().stream().map(SearchResult.Hit::id).sorted().toList());
        assertEquals(1L, search.search(new SearchQuery("speeltuin", List.of(), List.of(), List.of(), List.of(),
                List.of(String.valueOf(round.get("id"))), List.of(), List.of(), null, null, null,
                SearchQuery.Order.RELEVANCE, 0, all.size())).total());
    }

    @Test
    void refusesAReusedCodeAndStoresNothingNew() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        String code = invite(round, "Ondernemersvereniging Centrum");
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/rounds/" + round.get("slug") + "/advice", adviceWith(code)));

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/rounds/" + round.get("slug") + "/advice", adviceWith(code))));

        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertEquals("Deze code is al gebruikt", title(refused));
        assertEquals(1, advices.findByRoundId(((Number) round.get("id")).longValue()).size());
    }

    @Test
    void checksACodeBeforeTheFormWithoutUsingItUpAndSaysWrongOrUsedAtTheCodeField() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        String code = invite(round, "Wijkraad Zuid");
        String check = "/api/v1/rounds/" + round.get("slug") + "/invitation-check";
        assertEquals(Boolean.TRUE, client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds/" + round.get("slug")),
                Argument.mapOf(String.class, Object.class)).get("takesOrganisationAdvice"));

        Map<String, Object> accepted = client.toBlocking().retrieve(HttpRequest.POST(check,
                Map.of("code", code.toLowerCase().replace("-", " "))), Argument.mapOf(String.class, Object.class));
        assertEquals("Wijkraad Zuid", accepted.get("organisationName"));
        assertEquals(null, invitations.findByCodeHash(InvitationCodes.hash(code)).orElseThrow().usedAt(), "checking uses nothing up");

        HttpClientResponseException wrong = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST(check, Map.of("code", "AAAA-BBBB-CCCC"))));
        assertEquals(HttpStatus.BAD_REQUEST, wrong.getStatus());
        Problem.FieldError wrongAtField = wrong.getResponse().getBody(Problem.class).orElseThrow().errors().get(0);
        assertEquals("code", wrongAtField.field());
        assertTrue(wrongAtField.message().startsWith("Deze code kennen wij niet voor deze ronde."), wrongAtField.message());

        client.toBlocking().exchange(HttpRequest.POST("/api/v1/rounds/" + round.get("slug") + "/advice", adviceWith(code)));
        HttpClientResponseException used = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST(check, Map.of("code", code))));
        assertEquals(List.of(new Problem.FieldError("code", InvitationLookup.USED)),
                used.getResponse().getBody(Problem.class).orElseThrow().errors());
        HttpClientResponseException usedOnSend = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/rounds/" + round.get("slug") + "/advice", adviceWith(code))));
        assertEquals("code", usedOnSend.getResponse().getBody(Problem.class).orElseThrow().errors().get(0).field(),
                "a send with a used code is also answered at the code field");
    }

    @Test
    void aRoundWithoutInvitedOrganisationsOffersNoAdviceForm() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));

        assertEquals(Boolean.FALSE, client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds/" + round.get("slug")),
                Argument.mapOf(String.class, Object.class)).get("takesOrganisationAdvice"));
    }

    @Test
    void refusesAWrongCodeWithAFieldMessage() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/rounds/" + round.get("slug") + "/advice", adviceWith("AAAA-BBBB-CCCC"))));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertEquals("code", refused.getResponse().getBody(Problem.class).orElseThrow().errors().get(0).field());
    }

    @Test
    void refusesAnExpiredCode() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        String code = invite(round, "KHN afdeling Veenendijk");
        RoundInvitation invitation = invitations.findByCodeHash(InvitationCodes.hash(code)).orElseThrow();
        invitations.update(new RoundInvitation(invitation.id(), invitation.roundId(), invitation.organisationId(),
                invitation.codeHash(), LocalDateTime.now().minusMinutes(1), null, invitation.createdAt()));

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/rounds/" + round.get("slug") + "/advice", adviceWith(code))));

        assertEquals(HttpStatus.GONE, refused.getStatus());
        assertEquals("Deze code is verlopen", title(refused));
    }

    @Test
    void keepsTheCodeUnusedWhenTheAdviceNamesAThemeOutsideTheRound() {
        Map<String, Object> round = createRound(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        String code = invite(round, "Bedrijvenpark De Hoek");
        Map<String, Object> outOfScope = Map.of("code", code,
                "themes", List.of(Map.of("themeCode", "5.4", "problem", "Phishing bij bedrijven.")));

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/rounds/" + round.get("slug") + "/advice", outOfScope)));

        assertEquals("Kies een thema van deze ronde.", refused.getResponse().getBody(Problem.class).orElseThrow()
                .errors().get(0).message());
        assertEquals(null, invitations.findByCodeHash(InvitationCodes.hash(code)).orElseThrow().usedAt());
    }

    @Test
    void saysClearlyWhenARoundIsClosedOrNotYetOpen() {
        Map<String, Object> closed = createRound(LocalDateTime.now().minusDays(30), LocalDateTime.now().minusDays(1));
        Map<String, Object> later = createRound(LocalDateTime.now().plusDays(5), LocalDateTime.now().plusDays(30));

        HttpClientResponseException closedAnswer = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/rounds/" + closed.get("slug") + "/advice", adviceWith("AAAA-BBBB-CCCC"))));
        HttpClientResponseException laterAnswer = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/rounds/" + later.get("slug") + "/advice", adviceWith("AAAA-BBBB-CCCC"))));

        assertEquals("Deze ronde is gesloten", title(closedAnswer));
        assertEquals("Deze ronde is nog niet open", title(laterAnswer));
        assertEquals("CLOSED", client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds/" + closed.get("slug")),
                Argument.mapOf(String.class, Object.class)).get("state"));
    }

    @Test
    void answersADutchNotFoundForAnUnknownRound() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/rounds/bestaat-niet-" + System.nanoTime())));

        assertEquals(HttpStatus.NOT_FOUND, refused.getStatus());
        assertEquals("Ronde niet gevonden", title(refused));
    }

    private Map<String, Object> createRound(LocalDateTime opensAt, LocalDateTime closesAt) {
        return client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST("/api/admin/rounds", Map.of(
                "slug", "wijkraden-" + UUID.randomUUID().toString().substring(0, 8), "title", "Wijkraden over veiligheid",
                "doelgroep", "WIJKRADEN", "intro", "Geef advies namens uw wijk.", "opensAt", opensAt.withNano(0).toString(),
                "closesAt", closesAt.withNano(0).toString(), "byInvitation", true,
                "themeCodes", List.of("1.4", "3.1", "4.1")))), Argument.mapOf(String.class, Object.class));
    }

    private String invite(Map<String, Object> round, String organisation) {
        Map<String, Object> invited = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST(
                "/api/admin/rounds/" + round.get("id") + "/invitations", Map.of("name", organisation, "kind", "WIJKRAAD",
                        "contactName", "Secretaris"))), Argument.mapOf(String.class, Object.class));
        return (String) invited.get("code");
    }

    private static Map<String, Object> adviceWith(String code) {
        return Map.of("code", code, "constituencySize", 1250, "constituencyUnit", "HUISHOUDENS",
                "themes", List.of(
                        Map.of("themeCode", "3.1", "problem", "Jongeren hangen 's avonds bij de speeltuin.",
                                "solution", "Een jongerenwerker in de avond."),
                        Map.of("themeCode", "4.1", "problem", "Er wordt te hard gereden op de Dorpsstraat.")),
                "priorities", List.of("3.1", "4.1", "1.4"));
    }

    private static String title(HttpClientResponseException e) {
        return e.getResponse().getBody(Problem.class).orElseThrow().title();
    }
}
