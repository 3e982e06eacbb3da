package nl.inbreng.submissions.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import nl.inbreng.accounts.GemeenteScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.submissions.PublicQuotes;
import nl.inbreng.submissions.Submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bulk review screen's list: live inputs of a round (or of all rounds) that still have a suspected piece of
 * personal data nobody decided on. The detector runs on every input each time (a few regular expressions each), so
 * the list never lags behind an edit; only the first {@link #PAGE} are returned with their pieces.
 */
@Singleton
class ListUnreviewedSuspects {

    static final int PAGE = 25;
    private static final List<Submission.SubmissionStatus> LIVE =
            List.of(Submission.SubmissionStatus.NIEUW, Submission.SubmissionStatus.BEOORDEELD);

    @Serdeable
    record Item(long id, @Nullable Long roundId, @Nullable String problem, @Nullable String solution,
                List<Redactions.Suggestion> suspects) {
    }

    /** {@code total} inputs with open suspects, the first of them in {@code items}; {@code reviewed} have none left. */
    @Serdeable
    record Page(int total, int reviewed, List<Item> items) {
    }

    private final ReviewableSubmissions submissions;
    private final PublicQuotes quotes;

    private final VisibleGemeenten visible;

    ListUnreviewedSuspects(ReviewableSubmissions submissions, PublicQuotes quotes, VisibleGemeenten visible) {
        this.visible = visible;
        this.submissions = submissions;
        this.quotes = quotes;
    }

    Page list(@Nullable Long roundId) {
        GemeenteScope scope = visible.current();
        List<Submission> live = (roundId == null ? submissions.findByStatusInOrderById(LIVE)
                : submissions.findByRoundIdAndStatusInOrderById(roundId, LIVE)).stream()
                .filter(s -> scope.sees(s.gemeenteId())).toList();
        Map<Long, Set<String>> kept = quotes.keptKeys(live.stream().map(Submission::id).toList());
        List<Item> items = new ArrayList<>();
        int total = 0;
        for (Submission s : live) {
            List<PublicQuotes.Suspect> open = PublicQuotes.openSuspects(s.problem(), s.solution(),
                    kept.getOrDefault(s.id(), Set.of()));
            if (open.isEmpty()) {
                continue;
            }
            total++;
            if (items.size() < PAGE) {
                items.add(new Item(s.id(), s.roundId(), s.problem(), s.solution(), open.stream()
                        .map(o -> new Redactions.Suggestion(o.field(), o.span().start(), o.span().end(),
                                o.span().kind().name(), o.span().text(), false)).toList()));
            }
        }
        return new Page(total, live.size() - total, items);
    }
}
