package nl.inbreng.search;

import jakarta.inject.Singleton;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static nl.inbreng.submissions.SubmissionBuilder.aSubmission;

/** Test data for search: inputs stored in the database and queued for the index, each test class in its own round. */
@Singleton
public class IndexedInputs {

    private final RoundRepository rounds;
    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository themes;
    private final SubmissionIndexer indexer;

    IndexedInputs(RoundRepository rounds, SubmissionRepository submissions, SubmissionThemeRepository themes,
                  SubmissionIndexer indexer) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.themes = themes;
        this.indexer = indexer;
    }

    /** A fresh round, so that searches filtered on it see only this test's inputs. */
    public long newRound() {
        LocalDateTime now = LocalDateTime.now();
        return rounds.save(aRound().slug("test-" + UUID.randomUUID()).titled("Testronde").forEveryone().withoutIntro()
                .openBetween(now.minusDays(30), now.plusDays(30)).createdAt(now.minusDays(30)).build()).id();
    }

    public long add(long roundId, String problem, String... themeCodes) {
        return add(roundId, problem, Channel.ONLINE, LocalDateTime.now(), themeCodes);
    }

    public long add(long roundId, String problem, Channel channel, LocalDateTime at, String... themeCodes) {
        Submission saved = submissions.save(aSubmission().inRound(roundId).about(problem).via(channel).at(at)
                .themeUnsure(themeCodes.length == 0).build());
        for (int i = 0; i < themeCodes.length; i++) {
            themes.save(new SubmissionTheme(null, saved.id(), themeCodes[i], i == 0));
        }
        indexer.index(saved.id());
        return saved.id();
    }

    /** Withdraws as the public API does: texts gone, status INGETROKKEN, then the index is told. */
    public void withdraw(long id) {
        Submission s = submissions.findById(id).orElseThrow();
        submissions.update(s.withdrawn(LocalDateTime.now()));
        indexer.remove(id);
    }

    public void setStatus(long id, SubmissionStatus status) {
        Submission s = submissions.findById(id).orElseThrow();
        submissions.update(s.withStatus(status, LocalDateTime.now()));
        indexer.index(id);
    }

    public static List<String> list(String... values) {
        return List.of(values);
    }
}
