package nl.inbreng.feedback;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.ContactDetails;
import nl.inbreng.submissions.ContactDetailsRepository;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static nl.inbreng.submissions.SubmissionBuilder.aSubmission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing a round summary mails each consenting resident once, through a real SMTP server, then forgets them. */
class ResidentsHearBackOnceTest extends RealDatabaseTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    RoundRepository rounds;
    @Inject
    SubmissionRepository submissions;
    @Inject
    ContactDetailsRepository contacts;
    @Inject
    FeedbackMailWorker worker;
    @Inject
    FeedbackMailRepository mails;

    @Override
    protected Map<String, String> extraProperties() {
        smtp.start();
        // The scheduled poll is slowed down so that each test drives the worker itself.
        return Map.of("micronaut.server.port", "-1", "inbreng.mail.host", "127.0.0.1",
                "inbreng.mail.port", String.valueOf(SMTP_PORT), "inbreng.mail.from", "veiligheid@veenendijk.example",
                "inbreng.public-url", "https://inbreng.veenendijk.example", "inbreng.feedback-mail.poll", "1h");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void eachConsentingResidentGetsOneMailAndIsThenForgotten() throws Exception {
        long round = round("Veilig Veenendijk 2027");
        String anna = address();
        long annasFirst = input(round);
        long annasSecond = input(round);
        long bens = input(round);
        long withoutConsent = input(round);
        contact(annasFirst, anna, ContactDetails.ContactPurpose.TERUGKOPPELING);
        contact(annasSecond, anna.toUpperCase(), ContactDetails.ContactPurpose.TERUGKOPPELING);
        String ben = address();
        contact(bens, ben, ContactDetails.ContactPurpose.TERUGKOPPELING);
        contact(withoutConsent, address(), ContactDetails.ContactPurpose.VERDUIDELIJKING);

        proposeAndPublish(round);
        assertEquals(2, worker.runOnce());
        assertEquals(0, worker.runOnce(), "nothing is sent twice");
        proposeAndPublish(round);
        assertEquals(0, worker.runOnce(), "publishing a correction mails nobody again");

        MimeMessage mail = only(anna);
        only(ben);
        assertEquals("Wat we met uw inbreng doen: Veilig Veenendijk 2027", mail.getSubject());
        Multipart alternative = (Multipart) mail.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        for (String body : List.of(text, html)) {
            assertTrue(body.contains("https://inbreng.veenendijk.example/wat-doen-we-ermee"));
            assertTrue(body.contains("https://inbreng.veenendijk.example/mijn-inbreng"));
            assertTrue(body.contains("wissen wij nu uw contactgegevens"));
        }
        assertFalse(html.contains("<img"), "no tracking pixel");
        assertTrue(contacts.findBySubmissionId(annasFirst).isEmpty());
        assertTrue(contacts.findBySubmissionId(annasSecond).isEmpty());
        assertTrue(contacts.findBySubmissionId(bens).isEmpty());
        assertTrue(contacts.findBySubmissionId(withoutConsent).isPresent(), "other purposes are not touched");
    }

    @Test
    void aMailThatCouldNotBeSentIsRetriedAndAnAbandonedClaimIsTakenOver() throws Exception {
        long round = round("Ronde met storing");
        String carla = address();
        long input = input(round);
        contact(input, carla, ContactDetails.ContactPurpose.TERUGKOPPELING);
        proposeAndPublish(round);

        smtp.stop();
        assertEquals(0, worker.runOnce());
        FeedbackMail waiting = rowOf(round);
        assertEquals(FeedbackMail.Status.WACHT, waiting.status());
        assertEquals(1, waiting.attempts());
        assertTrue(waiting.nextAttemptAt().isAfter(LocalDateTime.now()), "it waits before the next try");
        assertTrue(contacts.findBySubmissionId(input).isPresent());

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // As if a worker claimed the row and died before sending: its lease has run out.
        mails.update(new FeedbackMail(waiting.id(), round, FeedbackMail.Status.BEZIG, waiting.attempts(),
                waiting.nextAttemptAt(), LocalDateTime.now().minusMinutes(1), "dead-worker", waiting.createdAt(), null));
        assertEquals(1, worker.runOnce());
        only(carla);
        assertEquals(FeedbackMail.Status.VERSTUURD, rowOf(round).status());
        assertTrue(contacts.findBySubmissionId(input).isEmpty());
    }

    @Test
    void workersRacingForTheSameRowsSendEachMailOnce() throws Exception {
        long round = round("Ronde met twee werkers");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String address = address();
            addresses.add(address);
            contact(input(round), address, ContactDetails.ContactPurpose.TERUGKOPPELING);
        }
        proposeAndPublish(round);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> workers = List.of(worker::runOnce, worker::runOnce, worker::runOnce);
            int sent = 0;
            for (var result : pool.invokeAll(workers)) {
                sent += result.get();
            }
            assertEquals(6, sent);
        } finally {
            pool.shutdown();
        }
        for (String address : addresses) {
            only(address);
        }
    }

    private void proposeAndPublish(long round) {
        AdminLogin.Session proposer = adminLogin.signInAs(Role.BEHEERDER);
        AdminLogin.Session publisher = adminLogin.signInAs(Role.BEHEERDER);
        client.toBlocking().exchange(proposer.authorize(HttpRequest.PUT("/api/admin/rounds/" + round + "/summary",
                Map.of("text", "We beginnen met verkeersveiligheid bij scholen."))));
        client.toBlocking().exchange(publisher.authorize(HttpRequest.POST("/api/admin/rounds/" + round + "/summary/publish",
                Map.of())));
    }

    private FeedbackMail rowOf(long round) {
        List<FeedbackMail> rows = new ArrayList<>();
        mails.findAll().forEach(m -> {
            if (m.roundId() == round) {
                rows.add(m);
            }
        });
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    /** The one mail GreenMail received for this address; SMTP delivery is synchronous, so it is there already. */
    private static MimeMessage only(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(message);
            }
        }
        assertEquals(1, found.size(), "exactly one mail to the address");
        return found.get(0);
    }

    private long round(String title) {
        LocalDateTime now = LocalDateTime.now();
        return rounds.save(aRound().slug("terugkoppeling-" + System.nanoTime()).titled(title).forEveryone()
                .withoutIntro().openBetween(now.minusDays(30), now.minusDays(1)).build()).id();
    }

    private long input(long round) {
        return submissions.save(aSubmission().inRound(round).about("Er wordt te hard gereden bij de school.").build()).id();
    }

    private void contact(long submission, String email, ContactDetails.ContactPurpose purpose) {
        contacts.save(new ContactDetails(null, submission, null, email, null, purpose, LocalDateTime.now(),
                LocalDate.now().plusMonths(12)));
    }

    private static String address() {
        return "bewoner-" + UUID.randomUUID() + "@voorbeeld.nl";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
