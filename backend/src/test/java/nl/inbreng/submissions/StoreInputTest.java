package nl.inbreng.submissions;

import jakarta.inject.Inject;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.search.SearchQuery;
import nl.inbreng.search.SearchResult;
import nl.inbreng.search.SubmissionSearch;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreInputTest extends RealDatabaseTest {

    @Inject
    StoreInput storeInput;
    @Inject
    SubmissionRepository submissions;
    @Inject
    SubmissionThemeRepository themes;
    @Inject
    ContactDetailsRepository contacts;
    @Inject
    SubmissionSearch search;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    IndexedInputs inputs;

    @Test
    void storesTheInputWithItsThemesContactAndRoundAndMakesItSearchable() {
        long round = inputs.newRound();
        LocalDateTime at = LocalDateTime.of(2027, 3, 4, 10, 15).truncatedTo(ChronoUnit.SECONDS);

        long id = storeInput.store(NewInput.builder()
                .problem("Scooters rijden over het schoolplein")
                .solution("Paaltjes bij de ingang")
                .themeCodes(List.of("4.1", "3.4"))
                .respondentType(Submission.RespondentType.JONGERE)
                .ageBand("0-17")
                .channel(Submission.Channel.PAPIER)
                .roundId(round)
                .contact(new NewInput.Contact("Jan", "jan@example.nl", null))
                .createdAt(at)
                .build()).submissionId();

        Submission stored = submissions.findById(id).orElseThrow();
        assertEquals(round, stored.roundId());
        assertEquals(Submission.Channel.PAPIER, stored.channel());
        assertEquals(Submission.RespondentType.JONGERE, stored.respondentType());
        assertEquals(Submission.SubmissionStatus.NIEUW, stored.status());
        assertEquals("0-17", stored.ageBand());
        assertEquals(at, stored.createdAt());
        assertFalse(stored.themeUnsure());
        List<SubmissionTheme> tagged = themes.findBySubmissionIdIn(List.of(id)).stream()
                .sorted(Comparator.comparing(SubmissionTheme::isPrimary).reversed()).toList();
        assertEquals(List.of("4.1", "3.4"), tagged.stream().map(SubmissionTheme::themaCode).toList());
        assertTrue(tagged.get(0).isPrimary());
        ContactDetails contact = contacts.findBySubmissionId(id).orElseThrow();
        assertEquals(ContactDetails.ContactPurpose.TERUGKOPPELING, contact.purpose());
        assertEquals(LocalDate.of(2028, 3, 4), contact.deleteAfter());

        worker.awaitCaughtUp();
        SearchResult found = search.search(new SearchQuery(null, List.of(), List.of(), List.of(), List.of(),
                List.of(String.valueOf(round)), List.of(), List.of(), null, null, null, SearchQuery.Order.NEWEST, 0, 20));
        assertEquals(List.of(id), found.items().stream().map(SearchResult.Hit::id).toList());
    }

    @Test
    void anInputWithoutThemesIsStoredAsWeetIkNiet() {
        long id = storeInput.store(NewInput.builder()
                .problem("Ik weet niet waar dit onder valt")
                .respondentType(Submission.RespondentType.INWONER)
                .channel(Submission.Channel.MARKTKRAAM)
                .build()).submissionId();

        assertTrue(submissions.findById(id).orElseThrow().themeUnsure());
        assertTrue(themes.findBySubmissionIdIn(List.of(id)).isEmpty());
        assertNull(submissions.findById(id).orElseThrow().receiptHash());
    }
}
