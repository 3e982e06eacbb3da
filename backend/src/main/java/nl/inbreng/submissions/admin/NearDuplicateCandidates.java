package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.clustering.ClusterInput;
import nl.inbreng.clustering.DuplicateGroup;
import nl.inbreng.clustering.NearDuplicates;
import nl.inbreng.search.SubmissionSearch;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Inputs that may say the same as this one, for a one-click merge on the detail page. Lucene's MoreLikeThis picks
 * the most similar inputs quickly; the clustering's MinHash check then marks those that are near-duplicates by the
 * same rule the clustering uses. Near-duplicates come first; the rest are only "lijkt op".
 */
@Singleton
class NearDuplicateCandidates {

    static final int LIMIT = 8;
    // Candidates come from the input's own round, so a merge never takes input out of its round's inbox.

    /** One candidate; {@code nearDuplicate} says the MinHash check agrees it is (almost) the same text. */
    @Serdeable
    record Candidate(long id, @Nullable String problem, String channel, String status, LocalDateTime createdAt,
                     boolean nearDuplicate) {
    }

    sealed interface Result {
        record Found(List<Candidate> candidates) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private final SubmissionSearch search;
    private final SubmissionRepository submissions;

    NearDuplicateCandidates(SubmissionSearch search, SubmissionRepository submissions) {
        this.search = search;
        this.submissions = submissions;
    }

    Result find(long id) {
        Optional<Submission> self = submissions.findById(id);
        if (self.isEmpty()) {
            return new Result.NotFound();
        }
        if (self.get().problem() == null) {
            return new Result.Found(List.of());
        }
        List<Submission> similar = search.similarTo(id, self.get().roundId(), LIMIT).stream().map(submissions::findById)
                .flatMap(Optional::stream).filter(s -> s.problem() != null).toList();
        List<ClusterInput> texts = new ArrayList<>();
        texts.add(new ClusterInput(id, text(self.get())));
        similar.forEach(s -> texts.add(new ClusterInput(s.id(), text(s))));
        Set<Long> sameAsThis = NearDuplicates.among(texts).stream().map(DuplicateGroup::memberIds)
                .filter(members -> members.contains(id)).findFirst().map(Set::copyOf).orElse(Set.of());
        List<Candidate> candidates = new ArrayList<>();
        for (Submission s : similar) {
            candidates.add(new Candidate(s.id(), s.problem(), s.channel().name(), s.status().name(), s.createdAt(),
                    sameAsThis.contains(s.id())));
        }
        // Stable: near-duplicates first, otherwise Lucene's order.
        candidates.sort(Comparator.comparing(Candidate::nearDuplicate).reversed());
        return new Result.Found(candidates);
    }

    private static String text(Submission s) {
        return s.solution() == null ? s.problem() : s.problem() + "\n" + s.solution();
    }
}
