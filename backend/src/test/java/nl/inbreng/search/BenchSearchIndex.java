package nl.inbreng.search;

import nl.inbreng.common.InbrengSettings;
import nl.inbreng.themes.Thema;
import org.apache.lucene.index.IndexWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For nl.inbreng.bench.SearchBenchmark only: the real {@link SearchIndex} (analysis with the VNG theme example words
 * from the V2 migration), the real document layout ({@link IndexedSubmission}) and the real {@link SubmissionSearch},
 * without a Micronaut context or a database.
 */
public final class BenchSearchIndex implements AutoCloseable {

    /** One generated input. */
    public record Row(long id, String problem, String solution, List<String> themeCodes, String channel, String areaCode,
                      String respondentType, LocalDateTime createdAt) {
    }

    private final SearchIndex index;
    private final SubmissionSearch search;

    public BenchSearchIndex(Path dataDir) throws IOException {
        this.index = open(dataDir);
        this.search = new SubmissionSearch(index, new CountedScope(), new nl.inbreng.accounts.VisibleGemeenten());
    }

    /** The real SearchIndex on a data folder, with the VNG themes' example words, without a context or database. */
    static SearchIndex open(Path dataDir) throws IOException {
        List<String> exampleWords = themesFromMigration().stream().map(Thema::exampleWords).filter(Objects::nonNull).toList();
        return new SearchIndex(new InbrengSettings(dataDir.toString(), false), () -> exampleWords);
    }

    /** Adds all rows, commits and refreshes the searcher, like IndexOutboxWorker.rebuild(). */
    public void addAll(List<Row> rows) throws IOException {
        index.rebuildStarted(rows.size());
        IndexWriter writer = index.writer();
        for (Row row : rows) {
            writer.addDocument(new IndexedSubmission(row.id(), row.problem(), row.solution(), row.themeCodes(),
                    row.themeCodes().stream().map(code -> code.substring(0, code.indexOf('.'))).distinct().toList(),
                    row.channel(), row.areaCode(), null, row.respondentType(), "NIEUW", row.themeCodes().isEmpty(),
                    row.createdAt()).toDocument(index.facetsConfig()));
        }
        writer.commit();
        index.searchers().maybeRefreshBlocking();
        index.rebuildFinished();
        index.caughtUp();
    }

    /** The full rebuild path: delete everything, add all rows, one commit. */
    public void rebuild(List<Row> rows) throws IOException {
        index.writer().deleteAll();
        addAll(rows);
    }

    public SearchResult search(String text) {
        return search.search(SearchQuery.all().withText(text));
    }

    public int docCount() {
        return index.writer().getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    private static List<Thema> themesFromMigration() throws IOException {
        String sql;
        try (InputStream in = BenchSearchIndex.class.getClassLoader().getResourceAsStream("db/migration/V2__vng_taxonomy.sql")) {
            sql = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // example_words is the value just before kind, position, active at the end of each INSERT line.
        Matcher m = Pattern.compile("'([^']*)', '(VNG|STRATEGISCH)', \\d+, (TRUE|FALSE)\\);\\s*$", Pattern.MULTILINE).matcher(sql);
        List<Thema> themes = new ArrayList<>();
        int i = 0;
        while (m.find()) {
            themes.add(new Thema("T" + i, null, "T" + i, null, null, null, m.group(1),
                    Thema.ThemaKind.valueOf(m.group(2)), i++, true));
        }
        return themes;
    }
}
