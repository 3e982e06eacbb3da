package nl.inbreng.submissions;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal promises that contact details are erased after the one feedback mail "and otherwise after 12 months".
 * Each set is stored with its last day; the day after, it is gone, and the input stays without it.
 */
class ContactRetentionTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ContactDetailsRepository contacts;
    @Inject
    SubmissionRepository submissions;
    @Inject
    ForgetExpiredContacts retention;

    @Serdeable
    record Created(long id, String receipt) {
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.rate-limit.enabled", "false");
    }

    @Test
    void contactDetailsGoTheDayAfterTheirLastDayAndTheInputStays() throws SQLException {
        long expired = submitWithContact();
        long lastDayToday = submitWithContact();
        long fresh = submitWithContact();
        assertEquals(LocalDate.now().plusMonths(12), contacts.findBySubmissionId(fresh).orElseThrow().deleteAfter(),
                "kept twelve months, as the consent text says");
        setLastDay(expired, LocalDate.now().minusDays(1));
        setLastDay(lastDayToday, LocalDate.now());

        retention.forgetDue();

        assertTrue(contacts.findBySubmissionId(expired).isEmpty(), "past its last day: erased");
        assertTrue(submissions.findById(expired).isPresent(), "the input itself stays");
        assertTrue(contacts.findBySubmissionId(lastDayToday).isPresent(), "kept through its last day");
        assertTrue(contacts.findBySubmissionId(fresh).isPresent());
    }

    private long submitWithContact() {
        String email = "bewoner-" + UUID.randomUUID() + "@voorbeeld.nl";
        return client.toBlocking().retrieve(HttpRequest.POST("/api/v1/submissions", Map.of(
                "themeCodes", new String[]{"1.1"}, "problem", "Auto's parkeren op de stoep bij de school",
                "respondentType", "INWONER", "consent", true,
                "contact", Map.of("name", "Bewoner", "email", email))), Created.class).id();
    }

    private static void setLastDay(long submissionId, LocalDate lastDay) throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE contact_details SET delete_after = ? WHERE submission_id = ?")) {
            update.setObject(1, lastDay);
            update.setLong(2, submissionId);
            assertEquals(1, update.executeUpdate());
        }
    }
}
