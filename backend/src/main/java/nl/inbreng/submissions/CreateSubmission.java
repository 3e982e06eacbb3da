package nl.inbreng.submissions;

import jakarta.inject.Singleton;
import nl.inbreng.search.SubmissionIndexer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** A resident gives input: checked, stored with its themes and (with consent only) contact details, indexed. */
@Singleton
class CreateSubmission {

    /** What happened to the input. */
    sealed interface Result {
        /** Stored; the receipt is shown once and never stored readable. */
        record Created(long id, String receipt) implements Result {
        }

        /** The honeypot was filled: answer as if stored, store nothing. */
        record Ignored(String receipt) implements Result {
        }
    }

    private static final int CONTACT_MONTHS = 12;

    private final SubmissionRules rules;
    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository themes;
    private final ContactDetailsRepository contacts;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    CreateSubmission(SubmissionRules rules, SubmissionRepository submissions, SubmissionThemeRepository themes,
                     ContactDetailsRepository contacts, SubmissionIndexer indexer, Clock clock) {
        this.rules = rules;
        this.submissions = submissions;
        this.themes = themes;
        this.contacts = contacts;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction (see IdempotentRequests), so all rows land together or not at all. */
    Result create(SubmissionRequest request) {
        if (request.website() != null && !request.website().isBlank()) {
            return new Result.Ignored(ReceiptCode.generate());
        }
        SubmissionRules.ValidSubmission valid = rules.check(request);
        String receipt = ReceiptCode.generate();
        LocalDateTime now = LocalDateTime.now(clock);
        Long gemeenteId = valid.area() != null ? valid.area().gemeenteId()
                : valid.round() != null ? valid.round().gemeenteId() : null;
        Submission stored = submissions.save(new Submission(null, ReceiptCode.hash(ReceiptCode.canonical(receipt).orElseThrow()),
                gemeenteId, valid.round() == null ? null : valid.round().id(), valid.area() == null ? null : valid.area().id(),
                valid.problem(), valid.solution(), valid.respondentType(), valid.ageBand(), valid.channel(),
                Submission.SubmissionStatus.NIEUW, valid.themeUnsure(), now, now, null));
        List<String> codes = valid.themeCodes();
        for (int i = 0; i < codes.size(); i++) {
            themes.save(new SubmissionTheme(null, stored.id(), codes.get(i), i == 0));
        }
        if (valid.contact() != null) {
            contacts.save(new ContactDetails(null, stored.id(), valid.contact().name(), valid.contact().email(),
                    valid.contact().phone(), ContactDetails.ContactPurpose.TERUGKOPPELING, now,
                    now.toLocalDate().plusMonths(CONTACT_MONTHS)));
        }
        indexer.index(new SubmissionIndexer.IndexedSubmission(stored.id(), valid.problem(), valid.solution(), codes));
        return new Result.Created(stored.id(), receipt);
    }
}
