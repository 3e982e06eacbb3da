package nl.inbreng.tables;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.inbreng.common.Problem;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableRegistrationApiTest extends RealDatabaseTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TableSessionRepository sessions;

    @Inject
    TableSessionThemeRepository sessionThemes;

    @Inject
    RegistrationRepository registrations;

    @Inject
    TableReminders reminders;

    @Override
    protected Map<String, String> extraProperties() {
        SMTP.start();
        // application.yml pins 8080, which another process on this machine may hold: take a free port
        return Map.of("micronaut.server.port", "-1", "inbreng.mail.host", "127.0.0.1",
                "inbreng.mail.port", String.valueOf(SMTP.getSmtp().getPort()),
                "inbreng.mail.from", "veiligheid@veenendijk.example",
                "inbreng.public-url", "https://inbreng.veenendijk.example");
    }

    @AfterAll
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void confirmsASeatAndMailsAnInvitationWithCalendarFile() throws Exception {
        TableSession session = TableSessionBuilder.aTableSession().saveWith(sessions, sessionThemes);
        String email = uniqueEmail();

        HttpResponse<TableViews.RegisteredView> response = register(session, "Anna de Vries", email);

        assertEquals(HttpStatus.CREATED, response.status());
        TableViews.RegisteredView body = response.body();
        assertEquals("CONFIRMED", body.status());
        MimeMessage mail = mailsTo(email, 1).get(0);
        assertEquals("Inschrijving thematafel: " + session.title(), mail.getSubject());
        Multipart parts = (Multipart) mail.getContent();
        String text = read(parts.getBodyPart(0));
        assertTrue(text.contains("Beste Anna de Vries"));
        assertTrue(text.contains("https://inbreng.veenendijk.example/thematafels/inschrijving/" + body.token()),
                "the mail carries the personal link with the token");
        BodyPart calendar = parts.getBodyPart(1);
        assertTrue(calendar.getContentType().startsWith("text/calendar"));
        assertTrue(calendar.getContentType().toLowerCase().contains("method=request"));
        String ics = read(calendar);
        assertTrue(ics.contains("METHOD:REQUEST\r\n"));
        assertTrue(ics.contains("UID:thematafel-" + session.id() + "-"));
        assertTrue(ics.contains("DTSTART:" + CalendarInvite.utc(session.startsAt()) + "\r\n"));
        assertTrue(ics.contains("DTEND:" + CalendarInvite.utc(session.endsAt()) + "\r\n"));
        assertTrue(CalendarInvite.utc(session.startsAt()).endsWith("Z"));
        assertTrue(unfold(ics).contains("LOCATION:Gemeentehuis\\, zaal De Linde\\, Markt 1\r\n"));
        assertTrue(unfold(ics).contains("SUMMARY:Thematafel: " + session.title() + "\r\n"));
    }

    @Test
    void storesOnlyTheHashOfThePersonalToken() {
        TableSession session = TableSessionBuilder.aTableSession().saveWith(sessions, sessionThemes);
        String email = uniqueEmail();

        String token = register(session, "Bram Jansen", email).body().token();

        Registration stored = registrations.findBySessionIdAndEmailNormalised(session.id(), email.toLowerCase()).orElseThrow();
        assertEquals(64, stored.tokenHash().length());
        assertFalse(stored.tokenHash().contains(token));
        assertEquals(RegistrationTokens.hash(token), stored.tokenHash());
    }

    @Test
    void putsPeopleOnTheWaitlistWhenFullAndPromotesTheFirstOnCancellation() throws Exception {
        TableSession session = TableSessionBuilder.aTableSession().withCapacity(1).saveWith(sessions, sessionThemes);
        String first = uniqueEmail();
        String second = uniqueEmail();
        String third = uniqueEmail();
        String firstToken = register(session, "Eerste", first).body().token();
        TableViews.RegisteredView waiting = register(session, "Tweede", second).body();
        TableViews.RegisteredView alsoWaiting = register(session, "Derde", third).body();

        assertEquals("WAITLISTED", waiting.status());
        assertEquals(1, waiting.waitlistPosition());
        assertEquals(2, alsoWaiting.waitlistPosition());
        assertTrue(waiting.message().contains("wachtlijst op plaats 1"));
        assertEquals("Wachtlijst thematafel: " + session.title(), mailsTo(second, 1).get(0).getSubject());

        HttpResponse<?> cancelled = client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/registrations/" + firstToken));

        assertEquals(HttpStatus.NO_CONTENT, cancelled.status());
        assertEquals("CANCELLED", mine(firstToken).status());
        assertEquals("CONFIRMED", mine(waiting.token()).status());
        assertEquals(1, mine(alsoWaiting.token()).waitlistPosition());
        MimeMessage promotion = mailsTo(second, 2).get(1);
        assertEquals("U heeft een plek: " + session.title(), promotion.getSubject());
        assertTrue(read(((Multipart) promotion.getContent()).getBodyPart(1)).contains("METHOD:REQUEST"));
        MimeMessage cancellation = mailsTo(first, 2).get(1);
        assertTrue(read(((Multipart) cancellation.getContent()).getBodyPart(1)).contains("METHOD:CANCEL"));
        assertEquals(1, registrations.countBySessionIdAndStatus(session.id(), Registration.Status.CONFIRMED));
    }

    @Test
    void rejectsADoubleRegistrationInDutchAndKeepsTheFirst() {
        TableSession session = TableSessionBuilder.aTableSession().saveWith(sessions, sessionThemes);
        String email = uniqueEmail();
        String token = register(session, "Cor Bakker", email).body().token();

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> register(session, "Cor B.", email.toUpperCase()));

        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        Problem problem = refused.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals("U bent al ingeschreven", problem.title());
        TableViews.MyRegistrationView mine = mine(token);
        assertEquals("Cor Bakker", mine.name());
        assertEquals("CONFIRMED", mine.status());
    }

    @Test
    void letsSomeoneWhoCancelledRegisterAgain() {
        TableSession session = TableSessionBuilder.aTableSession().saveWith(sessions, sessionThemes);
        String email = uniqueEmail();
        String oldToken = register(session, "Dirk Smit", email).body().token();
        client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/registrations/" + oldToken));

        TableViews.RegisteredView again = register(session, "Dirk Smit", email).body();

        assertEquals("CONFIRMED", again.status());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class, () -> mine(oldToken)).getStatus(),
                "the old link stops working once a new one is issued");
    }

    @Test
    void answersGoneWhenCancellingTwice() {
        TableSession session = TableSessionBuilder.aTableSession().saveWith(sessions, sessionThemes);
        String token = register(session, "Els Visser", uniqueEmail()).body().token();
        client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/registrations/" + token));

        HttpClientResponseException again = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/registrations/" + token)));

        assertEquals(HttpStatus.GONE, again.getStatus());
        assertEquals("U bent al afgemeld", again.getResponse().getBody(Problem.class).orElseThrow().title());
    }

    @Test
    void rejectsMissingNameAndBadEmailWithDutchFieldMessages() {
        TableSession session = TableSessionBuilder.aTableSession().saveWith(sessions, sessionThemes);

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> register(session, " ", "niet-een-adres"));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Problem problem = refused.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals(List.of("name", "email"), problem.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("Vul uw naam in.", problem.errors().get(0).message());
        assertEquals(0, registrations.countBySessionIdAndStatus(session.id(), Registration.Status.CONFIRMED));
    }

    @Test
    void refusesRegistrationForASessionThatHasStarted() {
        TableSession session = TableSessionBuilder.aTableSession().alreadyStarted().saveWith(sessions, sessionThemes);

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> register(session, "Frank Mulder", uniqueEmail()));

        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertEquals("Inschrijven kan niet meer", refused.getResponse().getBody(Problem.class).orElseThrow().title());
    }

    @Test
    void answersNotFoundForAnUnknownLink() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> mine("onbekend-" + UUID.randomUUID()));

        assertEquals(HttpStatus.NOT_FOUND, refused.getStatus());
        assertEquals("Inschrijving niet gevonden", refused.getResponse().getBody(Problem.class).orElseThrow().title());
    }

    @Test
    void listsComingSessionsWithThemesAndSeatsLeft() {
        TableSession session = TableSessionBuilder.aTableSession().withCapacity(5).saveWith(sessions, sessionThemes);
        register(session, "Gijs Bos", uniqueEmail());

        List<TableViews.SessionView> listed = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/tables"),
                Argument.listOf(TableViews.SessionView.class));

        TableViews.SessionView view = listed.stream().filter(s -> s.id().equals(session.id())).findFirst().orElseThrow();
        assertEquals(4, view.seatsLeft());
        assertEquals(List.of("3.1"), view.themeCodes());
        assertNull(mine(register(session, "Hanna Kok", uniqueEmail()).body().token()).verslag());
    }

    @Test
    void remindsConfirmedParticipantsOnceOnTheDayBefore() throws Exception {
        TableSession tomorrow = TableSessionBuilder.aTableSession().startingTomorrow().saveWith(sessions, sessionThemes);
        String email = uniqueEmail();
        register(tomorrow, "Ilse Peters", email);

        reminders.sendDue();
        reminders.sendDue();

        List<MimeMessage> mails = mailsTo(email, 2);
        assertEquals("Morgen: thematafel " + tomorrow.title(), mails.get(1).getSubject());
        Thread.sleep(300);
        assertEquals(2, mailsTo(email, 2).size(), "the second run sends no second reminder");
        assertTrue(registrations.findBySessionIdAndEmailNormalised(tomorrow.id(), email).orElseThrow().reminderSentAt() != null);
    }

    @Test
    void leavesAReminderAloneWhileAnotherRunHoldsItsClaim() throws Exception {
        TableSession tomorrow = TableSessionBuilder.aTableSession().startingTomorrow().saveWith(sessions, sessionThemes);
        String email = uniqueEmail();
        register(tomorrow, "Joost Smit", email);
        Registration registration = registrations.findBySessionIdAndEmailNormalised(tomorrow.id(), email).orElseThrow();
        LocalDateTime dutchNow = LocalDateTime.now(TableSession.ZONE);
        assertEquals(1, registrations.claimReminder(registration.id(), dutchNow, dutchNow.plusMinutes(5)));

        reminders.sendDue();

        Thread.sleep(300);
        assertEquals(1, mailsTo(email, 1).size(), "only the confirmation: the claimed reminder waits");
        assertNull(registrations.findById(registration.id()).orElseThrow().reminderSentAt());
    }

    @Test
    void sendsAReminderWhoseClaimRanOutBecauseItsRunDied() throws Exception {
        TableSession tomorrow = TableSessionBuilder.aTableSession().startingTomorrow().saveWith(sessions, sessionThemes);
        String email = uniqueEmail();
        register(tomorrow, "Kees Mulder", email);
        Registration registration = registrations.findBySessionIdAndEmailNormalised(tomorrow.id(), email).orElseThrow();
        LocalDateTime dutchNow = LocalDateTime.now(TableSession.ZONE);
        // a run claimed it ten minutes ago and died before sending
        assertEquals(1, registrations.claimReminder(registration.id(), dutchNow.minusMinutes(10), dutchNow.minusSeconds(1)));

        reminders.sendDue();

        assertEquals("Morgen: thematafel " + tomorrow.title(), mailsTo(email, 2).get(1).getSubject());
        assertTrue(registrations.findById(registration.id()).orElseThrow().reminderSentAt() != null);
    }

    private HttpResponse<TableViews.RegisteredView> register(TableSession session, String name, String email) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/v1/tables/" + session.id() + "/registrations",
                new RegistrationRequest(name, "Jongerenwerk Veenendijk", email, null)), TableViews.RegisteredView.class);
    }

    private TableViews.MyRegistrationView mine(String token) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/v1/registrations/" + token),
                TableViews.MyRegistrationView.class);
    }

    private static String uniqueEmail() {
        return "deelnemer-" + UUID.randomUUID() + "@voorbeeld.nl";
    }

    /** The mails GreenMail received for one address, waiting briefly until at least {@code atLeast} arrived. */
    private static List<MimeMessage> mailsTo(String email, int atLeast) throws MessagingException, InterruptedException {
        List<MimeMessage> found = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            found.clear();
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(email))) {
                    found.add(message);
                }
            }
            if (found.size() >= atLeast) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + atLeast + " mail(s) to the address, got " + found.size());
    }

    private static String read(BodyPart part) throws MessagingException, IOException {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }
}
