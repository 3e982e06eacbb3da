package nl.inbreng.submissions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.search.SubmissionIndexer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The one place where an input is stored, whatever its channel (portal, stall, paper, import, organisation advice,
 * thematafel, demo): the submission row, its themes, contact details given with consent, and the index outbox row
 * that makes it searchable. Each channel checks its own form first and links the input to its own records after.
 *
 * <p>Joins the caller's transaction when there is one, so a channel's own rows and these land together or not at
 * all (a kiosk retry that loses its idempotency race rolls back its outbox row too).
 */
@Singleton
public class StoreInput {

    /** Contact details are kept this long for feedback, as the consent text says. */
    private static final int CONTACT_MONTHS = 12;

    /** The stored input. */
    public record Stored(long submissionId) {
    }

    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository themes;
    private final ContactDetailsRepository contacts;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    StoreInput(SubmissionRepository submissions, SubmissionThemeRepository themes, ContactDetailsRepository contacts,
               SubmissionIndexer indexer, Clock clock) {
        this.submissions = submissions;
        this.themes = themes;
        this.contacts = contacts;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Transactional
    public Stored store(NewInput input) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime createdAt = input.createdAt() == null ? now : input.createdAt();
        List<String> codes = input.themeCodes();
        Submission saved = submissions.save(Submission.builder()
                .receiptHash(input.receiptHash())
                .gemeenteId(input.gemeenteId())
                .roundId(input.roundId())
                .areaId(input.areaId())
                .problem(input.problem())
                .solution(input.solution())
                .respondentType(input.respondentType())
                .ageBand(input.ageBand())
                .channel(input.channel())
                .themeUnsure(codes.isEmpty())
                .createdAt(createdAt)
                .build());
        for (int i = 0; i < codes.size(); i++) {
            themes.save(new SubmissionTheme(null, saved.id(), codes.get(i), i == 0));
        }
        NewInput.Contact contact = input.contact();
        if (contact != null) {
            contacts.save(new ContactDetails(null, saved.id(), contact.name(), contact.email(), contact.phone(),
                    ContactDetails.ContactPurpose.TERUGKOPPELING, createdAt,
                    createdAt.toLocalDate().plusMonths(CONTACT_MONTHS)));
        }
        indexer.index(saved.id());
        return new Stored(saved.id());
    }
}
