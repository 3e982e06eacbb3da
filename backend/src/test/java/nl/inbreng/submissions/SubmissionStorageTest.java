package nl.inbreng.submissions;

import jakarta.inject.Inject;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.submissions.ContactDetails.ContactPurpose;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.RespondentType;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubmissionStorageTest extends RealDatabaseTest {

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    AreaRepository areas;

    @Inject
    SubmissionRepository submissions;

    @Inject
    SubmissionThemeRepository themes;

    @Inject
    ContactDetailsRepository contacts;

    @Test
    void keepsLongTextsWithEmojiAndAccentsExactlyAsTyped() {
        String problem = "Hangjongeren bij het café 🛴🚨 – ’s avonds overlast, één keer per week erger. ".repeat(80);
        Submission saved = submissions.save(aSubmission(problem.substring(0, 5000), "Meer toezicht 👮‍♀️ graag"));

        Submission loaded = submissions.findById(saved.id()).orElseThrow();

        assertEquals(5000, loaded.problem().length());
        assertEquals(problem.substring(0, 5000), loaded.problem());
        assertEquals("Meer toezicht 👮‍♀️ graag", loaded.solution());
    }

    @Test
    void storesSeveralThemesWithOnePrimary() {
        Submission saved = submissions.save(aSubmission("Te hard gereden bij de school", null));
        themes.saveAll(List.of(new SubmissionTheme(null, saved.id(), "4.1", true),
                new SubmissionTheme(null, saved.id(), "3.4", false)));

        List<SubmissionTheme> stored = themes.findBySubmissionIdIn(List.of(saved.id()));

        assertEquals(List.of("3.4", "4.1"), stored.stream().map(SubmissionTheme::themaCode).sorted().toList());
        assertEquals("4.1", stored.stream().filter(SubmissionTheme::isPrimary).findFirst().orElseThrow().themaCode());
    }

    @Test
    void keepsContactDetailsApartWithPurposeAndEndDate() {
        Submission saved = submissions.save(aSubmission("Donkere steeg achter de supermarkt", null));
        // Whole seconds: Connector/J drops fractions when talking to MariaDB 10.x, which announces itself as
        // "5.5.5-10.x" (docs/adr/0004). MySQL 8 keeps them; code orders by id where order within a second matters.
        LocalDateTime consent = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        contacts.save(new ContactDetails(null, saved.id(), "Jan Voorbeeld", "jan@example.nl", null,
                ContactPurpose.TERUGKOPPELING, consent, LocalDate.now().plusMonths(12)));

        ContactDetails loaded = contacts.findBySubmissionId(saved.id()).orElseThrow();

        assertEquals("jan@example.nl", loaded.email());
        assertEquals(ContactPurpose.TERUGKOPPELING, loaded.purpose());
        assertEquals(consent, loaded.consentAt());
    }

    @Test
    void placesInputInAnAreaOfAGemeente() {
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "proefdorp-" + System.nanoTime(), "Proefdorp", 12000));
        Area kern = areas.save(new Area(null, gemeente.id(), "kern-" + System.nanoTime(), "Kern Noord",
                Area.AreaKind.KERN, 3100, 1));
        Submission saved = submissions.save(SubmissionBuilder.aSubmission().about("Geen licht").inGemeente(gemeente.id())
                .inArea(kern.id()).aged("65+").onPaper().build());

        assertEquals(kern.id(), submissions.findById(saved.id()).orElseThrow().areaId());
        assertEquals("Proefdorp", areas.listPublic().stream().filter(view -> view.code().equals(kern.code()))
                .findFirst().orElseThrow().gemeente());
    }

    private static Submission aSubmission(String problem, String solution) {
        SubmissionBuilder builder = SubmissionBuilder.aSubmission().about(problem);
        return (solution == null ? builder : builder.withSolution(solution)).build();
    }
}
