package nl.inbreng.tables;

import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationRetentionTest extends RealDatabaseTest {

    @Inject
    TableSessionRepository sessions;

    @Inject
    TableSessionThemeRepository sessionThemes;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ForgetPastRegistrations retention;

    @Test
    void wipesNamesAndEmailsThreeMonthsAfterTheSessionAndKeepsAttendance() {
        TableSession old = TableSessionBuilder.aTableSession().endedMonthsAgo(3, 2).saveWith(sessions, sessionThemes);
        Registration first = registrations.save(registered(old, "Joost Visser", true));
        Registration second = registrations.save(registered(old, "Mila Jansen", false));

        retention.forgetDue();

        for (Registration wiped : new Registration[]{registrations.findById(first.id()).orElseThrow(),
                registrations.findById(second.id()).orElseThrow()}) {
            assertEquals("", wiped.name());
            assertEquals("", wiped.email());
            assertNull(wiped.organisation());
            assertNull(wiped.accessNeeds());
            assertTrue(wiped.emailNormalised().startsWith("gewist-"), wiped.emailNormalised());
            assertEquals(Registration.Status.CONFIRMED, wiped.status());
        }
        assertEquals(Boolean.TRUE, registrations.findById(first.id()).orElseThrow().attended());
    }

    @Test
    void keepsRegistrationsOfSessionsEndedLessThanThreeMonthsAgo() {
        TableSession recent = TableSessionBuilder.aTableSession().endedMonthsAgo(2, 20).saveWith(sessions, sessionThemes);
        Registration kept = registrations.save(registered(recent, "Eva de Boer", true));

        retention.forgetDue();

        Registration after = registrations.findById(kept.id()).orElseThrow();
        assertEquals("Eva de Boer", after.name());
        assertEquals(kept.email(), after.email());
        assertEquals("Gemeente Veenendijk", after.organisation());
    }

    private static Registration registered(TableSession session, String name, boolean attended) {
        String email = "oud-" + UUID.randomUUID() + "@voorbeeld.nl";
        LocalDateTime at = session.startsAt().minusDays(7);
        return new Registration(null, session.id(), UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""),
                name, "Gemeente Veenendijk", email, email, "Rolstoelplek", Registration.Status.CONFIRMED, attended, at, at, null);
    }
}
