package nl.inbreng.tables;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Capacity holds when many people register at the same moment, on the real MySQL-family database. */
class TableCapacityUnderConcurrencyTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TableSessionRepository sessions;

    @Inject
    TableSessionThemeRepository sessionThemes;

    @Inject
    RegistrationRepository registrations;

    /** All fifty people come from 127.0.0.1 here: lift the per-client rate limit meant for real clients. */
    @Test
    void fiftyParallelRegistrationsForTwentySeatsGiveTwentySeatsAndThirtyOnTheWaitlist() throws Exception {
        TableSession session = TableSessionBuilder.aTableSession().withCapacity(20).saveWith(sessions, sessionThemes);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = "parallel-" + i + "-" + UUID.randomUUID() + "@voorbeeld.nl";
            attempts.add(() -> {
                start.await();
                HttpResponse<TableViews.RegisteredView> response = client.toBlocking().exchange(
                        HttpRequest.POST("/api/v1/tables/" + session.id() + "/registrations",
                                new RegistrationRequest("Deelnemer", null, email, null)),
                        TableViews.RegisteredView.class);
                return response.body().status();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> attempt : attempts) {
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get());
            }

            assertEquals(20, answers.stream().filter("CONFIRMED"::equals).count());
            assertEquals(30, answers.stream().filter("WAITLISTED"::equals).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, registrations.countBySessionIdAndStatus(session.id(), Registration.Status.CONFIRMED));
        assertEquals(30, registrations.countBySessionIdAndStatus(session.id(), Registration.Status.WAITLISTED));
        List<Registration> waitlist = registrations.findWaitlist(session.id());
        assertEquals(30, waitlist.size());
    }
}
