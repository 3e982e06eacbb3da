package nl.inbreng.search;

import nl.inbreng.search.GoldenQueries.Answer;
import nl.inbreng.search.GoldenQueries.Scores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden queries of issue 13 against the demo corpus in the real search (analysis, document layout and
 * SubmissionSearch, no database). Floors sit a little under what the search reaches (docs/benchmarks.md, issue 13:
 * recall@20 0.69, MRR 0.97, plain Lucene DutchAnalyzer 0.41 / 0.71), so that a change that loses recall fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenQueriesTest {

    private final GoldenQueries golden = GoldenQueries.load();
    private BenchSearchIndex index;

    @BeforeAll
    void indexTheDemoCorpus() throws IOException {
        index = new BenchSearchIndex(Files.createTempDirectory("inbreng-golden"));
        index.addAll(golden.rows());
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void findsWhatResidentsWroteForAtLeastTwoThirdsOfTheGoldenAnswers() {
        Scores scores = golden.score(this::search);

        assertTrue(golden.queries().size() >= 60, "the golden set keeps at least 60 queries");
        assertTrue(scores.recallAt20() >= 0.65, "recall@20 " + scores.recallAt20());
        assertTrue(scores.mrr() >= 0.90, "MRR " + scores.mrr());
    }

    @Test
    void staysPreciseWhileExpanding() {
        Scores scores = golden.score(this::search);

        assertTrue(scores.precisionAt10() >= 0.80, "precision@10 " + scores.precisionAt10());
        assertTrue(scores.meanTotal() <= 12, "mean number of results " + scores.meanTotal());
    }

    @Test
    void findsCompoundsAndTheirParaphrasesBothWays() {
        for (String[] pair : new String[][]{{"fietsendiefstal", "fiets gestolen"}, {"hardrijders", "te hard rijden"},
                {"hangjongeren", "jongeren hangen rond"}, {"hondenpoep", "poep van honden"}}) {
            Set<Long> compound = ids(pair[0]);
            Set<Long> paraphrase = ids(pair[1]);
            Set<Long> relevant = golden.queries().stream().filter(q -> q.text().equals(pair[0])).findFirst()
                    .orElseThrow().relevant();
            long both = compound.stream().filter(paraphrase::contains).filter(relevant::contains).count();

            assertTrue(both >= Math.min(4, relevant.size()), pair[0] + " " + compound + " / " + pair[1] + " " + paraphrase);
        }
    }

    private Set<Long> ids(String text) {
        return index.search(text).items().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
    }

    private Answer search(String text) {
        SearchResult result = index.search(text);
        return new Answer(result.items().stream().map(SearchResult.Hit::id).toList(), result.total());
    }
}
