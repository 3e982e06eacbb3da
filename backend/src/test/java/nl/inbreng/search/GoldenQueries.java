package nl.inbreng.search;

import io.micronaut.serde.ObjectMapper;
import nl.inbreng.demo.CorpusEntry;
import nl.inbreng.demo.DemoCorpus;
import nl.inbreng.search.BenchSearchIndex.Row;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The golden queries of issue 13 (test resource search/golden-queries.tsv) over the demo corpus: the corpus as rows
 * with ids 1..n in file order, each query with the ids it should find, and the scores of a ranking against them.
 */
public final class GoldenQueries {

    /** One query and the ids of the inputs that are about it. */
    public record Query(String text, Set<Long> relevant) {
    }

    /** The mean figures over all queries; precision counts only the queries that found something. */
    public record Scores(double recallAt20, double mrr, double precisionAt10, double meanTotal, int noResult,
                         int queries) {
    }

    /** What one engine answers to one query: its ranked ids (at least the first 20) and its total. */
    public record Answer(List<Long> ranked, long total) {
    }

    private final List<CorpusEntry> corpus;
    private final List<Query> queries;

    private GoldenQueries(List<CorpusEntry> corpus, List<Query> queries) {
        this.corpus = corpus;
        this.queries = queries;
    }

    public static GoldenQueries load() {
        List<CorpusEntry> corpus = DemoCorpus.load(ObjectMapper.getDefault());
        Map<String, Long> idByKey = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            Long previous = idByKey.put(key(corpus.get(i).problem()), i + 1L);
            if (previous != null) {
                throw new IllegalStateException("Two corpus inputs share the key " + key(corpus.get(i).problem()));
            }
        }
        List<Query> queries = new ArrayList<>();
        for (String line : resourceLines("search/golden-queries.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            Set<Long> relevant = new LinkedHashSet<>();
            for (String cell : Arrays.asList(cells).subList(1, cells.length)) {
                Long id = idByKey.get(cell.strip());
                if (id == null) {
                    throw new IllegalStateException("Golden query '" + cells[0] + "' names no corpus input: " + cell);
                }
                relevant.add(id);
            }
            queries.add(new Query(cells[0].strip(), relevant));
        }
        return new GoldenQueries(corpus, queries);
    }

    /** The first six words of a problem text: how the golden file names an input. */
    static String key(String problem) {
        return String.join(" ", Arrays.asList(problem.strip().split("\\s+")).subList(0, Math.min(6,
                problem.strip().split("\\s+").length)));
    }

    public List<Query> queries() {
        return queries;
    }

    /** The corpus as index rows; id i is the i-th entry (from 1), as the golden ids expect. */
    public List<Row> rows() {
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 12, 0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            CorpusEntry e = corpus.get(i);
            rows.add(new Row(i + 1L, e.problem(), e.solution(), e.unsure() ? List.of() : e.themes(), e.channel(),
                    e.area(), e.respondentType(), base.minusDays(e.daysAgo()).plusMinutes(i)));
        }
        return rows;
    }

    public Scores score(Function<String, Answer> engine) {
        double recall = 0;
        double mrr = 0;
        double precision = 0;
        double total = 0;
        int found = 0;
        int empty = 0;
        for (Query query : queries) {
            Answer answer = engine.apply(query.text());
            List<Long> top20 = answer.ranked().subList(0, Math.min(20, answer.ranked().size()));
            long hits = top20.stream().filter(query.relevant()::contains).count();
            recall += (double) hits / query.relevant().size();
            for (int rank = 0; rank < top20.size(); rank++) {
                if (query.relevant().contains(top20.get(rank))) {
                    mrr += 1.0 / (rank + 1);
                    break;
                }
            }
            List<Long> top10 = top20.subList(0, Math.min(10, top20.size()));
            if (top10.isEmpty()) {
                empty++;
            } else {
                found++;
                precision += (double) top10.stream().filter(query.relevant()::contains).count() / top10.size();
            }
            total += answer.total();
        }
        int n = queries.size();
        return new Scores(recall / n, mrr / n, found == 0 ? 0 : precision / found, total / n, empty, n);
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = GoldenQueries.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
