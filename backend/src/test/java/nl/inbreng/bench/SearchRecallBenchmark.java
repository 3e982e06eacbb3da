package nl.inbreng.bench;

import nl.inbreng.search.BenchSearchIndex;
import nl.inbreng.search.BenchSearchIndex.Row;
import nl.inbreng.search.GoldenQueries;
import nl.inbreng.search.GoldenQueries.Answer;
import nl.inbreng.search.GoldenQueries.Scores;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Not a test: search recall of issue 13. The golden queries (test resource search/golden-queries.tsv) run against the
 * demo corpus in Inbreng's own search (real analysis, document layout and SubmissionSearch), in plain Lucene with
 * DutchAnalyzer (classic query parser, OR and AND) and in MariaDB/MySQL FULLTEXT (natural language mode), all in one
 * run. Prints recall@20, MRR, precision@10 and the mean number of results; with -Dbench.perQuery=true also each query.
 * Run with infra/bench/search-recall.sh; figures go to docs/benchmarks.md.
 */
public final class SearchRecallBenchmark {

    private static final String SERVER = System.getProperty("bench.db-url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("bench.db-user", "root");
    private static final String PASSWORD = System.getProperty("bench.db-password", "");
    private static final String PARAMS = "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    private static final boolean PER_QUERY = Boolean.getBoolean("bench.perQuery");

    private SearchRecallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GoldenQueries golden = GoldenQueries.load();
        List<Row> rows = golden.rows();
        System.out.printf("Search recall: %d golden queries over %d demo inputs%n", golden.queries().size(), rows.size());

        Map<String, Function<String, Answer>> engines = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("inbreng-recall-bench");
        try (BenchSearchIndex inbreng = new BenchSearchIndex(dir);
             Directory plainDir = new ByteBuffersDirectory()) {
            inbreng.addAll(rows);
            engines.put("Inbreng (SubmissionSearch)", text -> {
                var result = inbreng.search(text);
                return new Answer(result.items().stream().map(hit -> hit.id()).toList(), result.total());
            });
            IndexSearcher plain = plainIndex(plainDir, rows);
            engines.put("Lucene DutchAnalyzer, OR", text -> plainSearch(plain, text, QueryParser.Operator.OR));
            engines.put("Lucene DutchAnalyzer, AND", text -> plainSearch(plain, text, QueryParser.Operator.AND));

            String schema = "inbreng_recall_" + System.currentTimeMillis();
            try (Connection server = DriverManager.getConnection(SERVER + PARAMS, USER, PASSWORD);
                 Statement st = server.createStatement()) {
                st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
                try (Connection db = DriverManager.getConnection(SERVER + schema + PARAMS, USER, PASSWORD)) {
                    loadMysql(db, rows);
                    engines.put("MariaDB FULLTEXT, natural language", text -> fulltext(db, text));
                    report(golden, engines);
                } finally {
                    st.execute("DROP DATABASE " + schema);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void report(GoldenQueries golden, Map<String, Function<String, Answer>> engines) {
        if (PER_QUERY) {
            System.out.println();
            System.out.println("query | relevant | " + String.join(" | ", engines.keySet()) + "  (hits in top 20 / total)");
            for (GoldenQueries.Query query : golden.queries()) {
                StringBuilder line = new StringBuilder(query.text() + " | " + query.relevant().size());
                for (Function<String, Answer> engine : engines.values()) {
                    Answer answer = engine.apply(query.text());
                    long hits = answer.ranked().stream().limit(20).filter(query.relevant()::contains).count();
                    line.append(" | ").append(hits).append(" / ").append(answer.total());
                }
                System.out.println(line);
            }
        }
        System.out.println();
        System.out.println("| engine | recall@20 | MRR | precision@10 | mean results | queries with no result |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, Function<String, Answer>> engine : engines.entrySet()) {
            Scores s = golden.score(engine.getValue());
            System.out.printf("| %s | %.3f | %.3f | %.3f | %.1f | %d of %d |%n", engine.getKey(), s.recallAt20(), s.mrr(),
                    s.precisionAt10(), s.meanTotal(), s.noResult(), s.queries());
        }
    }

    private static IndexSearcher plainIndex(Directory dir, List<Row> rows) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new DutchAnalyzer()))) {
            for (Row row : rows) {
                Document doc = new Document();
                doc.add(new StoredField("id", row.id()));
                doc.add(new TextField("problem", row.problem(), Field.Store.NO));
                if (row.solution() != null) {
                    doc.add(new TextField("solution", row.solution(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static Answer plainSearch(IndexSearcher searcher, String text, QueryParser.Operator operator) {
        try {
            Analyzer analyzer = new DutchAnalyzer();
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[]{"problem", "solution"}, analyzer);
            parser.setDefaultOperator(operator);
            TopDocs top = searcher.search(parser.parse(QueryParser.escape(text)), 20);
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().longValue());
            }
            return new Answer(ids, searcher.count(parser.parse(QueryParser.escape(text))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void loadMysql(Connection db, List<Row> rows) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE recall_input (id BIGINT PRIMARY KEY, problem TEXT NOT NULL, solution TEXT, "
                    + "FULLTEXT KEY ft_text (problem, solution)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 "
                    + "COLLATE=utf8mb4_unicode_520_ci");
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO recall_input VALUES (?, ?, ?)")) {
            for (Row row : rows) {
                insert.setLong(1, row.id());
                insert.setString(2, row.problem());
                insert.setString(3, row.solution());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Answer fulltext(Connection db, String text) {
        try (PreparedStatement top = db.prepareStatement("SELECT id FROM recall_input WHERE MATCH(problem, solution) "
                + "AGAINST(? IN NATURAL LANGUAGE MODE) ORDER BY MATCH(problem, solution) AGAINST(? IN NATURAL LANGUAGE MODE) "
                + "DESC, id LIMIT 20");
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM recall_input WHERE MATCH(problem, "
                     + "solution) AGAINST(? IN NATURAL LANGUAGE MODE)")) {
            top.setString(1, text);
            top.setString(2, text);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            count.setString(1, text);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Answer(ids, rs.getLong(1));
            }
        } catch (Exception e) {
            throw new IllegalStateException("FULLTEXT query failed for '" + text + "'", e);
        }
    }
}
