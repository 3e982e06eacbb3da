package nl.inbreng.bench;

import io.micronaut.serde.ObjectMapper;
import nl.inbreng.demo.CorpusEntry;
import nl.inbreng.demo.DemoCorpus;
import nl.inbreng.search.BenchSearchIndex;
import nl.inbreng.search.BenchSearchIndex.Row;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Not a test: the search benchmark of issue 4. N generated inputs (recombined sentences of the labelled corpus), the
 * same rows in MariaDB/MySQL (LIKE and InnoDB FULLTEXT) and in the real Lucene index (Dutch analysis, document
 * layout and SubmissionSearch with facets and highlights), timed side by side. Target: Lucene search p95 under 50 ms.
 * Run with infra/bench/search.sh; figures go to docs/benchmarks.md.
 */
public final class SearchBenchmark {

    private static final int N = Integer.getInteger("bench.n", 100_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 600);
    /** "lucene" skips MariaDB (the issue 19 runs compare Lucene before/after only). */
    private static final String ENGINES = System.getProperty("bench.engines", "mariadb,lucene");
    /** Passes over the query list for Lucene: more passes give a steadier p95. */
    private static final int PASSES = Integer.getInteger("bench.passes", 3);
    private static final long SEED = 4L;
    private static final String SERVER = System.getProperty("bench.db-url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("bench.db-user", "root");
    private static final String PASSWORD = System.getProperty("bench.db-password", "");
    private static final String PARAMS = "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
            + "&rewriteBatchedStatements=true";

    /** What residents and the werkgroep type: single words, compounds and two-word phrases. */
    private static final List<String> WORDS = List.of("jongeren", "hangjongeren", "inbraak", "drugs", "te hard rijden",
            "verlichting", "overlast", "fietsendiefstal", "geluidsoverlast", "zwerfvuil", "graffiti", "vernieling",
            "parkeren", "speeltuin", "hondenpoep", "buren", "alcohol", "straatverlichting", "donker", "diefstal",
            "brommers", "scooters", "verkeer", "oversteken", "school", "vuurwerk", "politie", "handhaving", "camera",
            "eenzaamheid", "ouderen", "verward", "afval", "dealen", "wiet", "fiets", "woninginbraak", "onveilig",
            "zebrapad", "snelheid", "jeugd", "winkelcentrum", "park", "station", "cameratoezicht", "boa", "ondermijning",
            "geweld", "huiselijk geweld", "straatintimidatie");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Row> rows = generate(N);
        List<String> queries = queries();
        System.out.printf("Inbreng search benchmark: %d inputs, %d queries (%d distinct), %d cores%n", rows.size(),
                queries.size(), WORDS.size(), Runtime.getRuntime().availableProcessors());

        List<String[]> table = new ArrayList<>();
        if (ENGINES.contains("mariadb")) {
            mariadb(rows, queries, table);
        }
        lucene(rows, queries, table);

        System.out.println();
        System.out.printf("load average %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| engine | what | p50 (ms) | p95 (ms) | throughput / time |");
        System.out.println("| --- | --- | ---: | ---: | ---: |");
        for (String[] line : table) {
            System.out.println("| " + String.join(" | ", line) + " |");
        }
        System.exit(0);
    }

    private static void mariadb(List<Row> rows, List<String> queries, List<String[]> table) throws Exception {
        String schema = "inbreng_bench_" + System.currentTimeMillis();
        try (Connection server = DriverManager.getConnection(SERVER + PARAMS, USER, PASSWORD);
             Statement st = server.createStatement()) {
            st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            try (Connection db = DriverManager.getConnection(SERVER + schema + PARAMS, USER, PASSWORD)) {
                mysql(db, rows, queries, table);
            } finally {
                st.execute("DROP DATABASE " + schema);
            }
        }
    }

    private static void mysql(Connection db, List<Row> rows, List<String> queries, List<String[]> table) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE bench_input (id BIGINT PRIMARY KEY, problem TEXT NOT NULL, solution TEXT, "
                    + "FULLTEXT KEY ft_text (problem, solution)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci");
        }
        db.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_input (id, problem, solution) VALUES (?, ?, ?)")) {
            int batch = 0;
            for (Row row : rows) {
                insert.setLong(1, row.id());
                insert.setString(2, row.problem());
                insert.setString(3, row.solution());
                insert.addBatch();
                if (++batch % 1_000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        double insertSeconds = (System.nanoTime() - start) / 1e9;
        db.setAutoCommit(true);
        table.add(new String[]{"MariaDB", "batch insert " + rows.size() + " rows (FULLTEXT index maintained)", "", "",
                String.format("%.0f rows/s (%.1f s)", rows.size() / insertSeconds, insertSeconds)});
        System.out.printf("MariaDB insert: %.1f s%n", insertSeconds);

        try (PreparedStatement likeTop = db.prepareStatement(
                "SELECT id, problem, solution FROM bench_input WHERE problem LIKE ? OR solution LIKE ? LIMIT 20");
             PreparedStatement likeCount = db.prepareStatement(
                     "SELECT COUNT(*) FROM bench_input WHERE problem LIKE ? OR solution LIKE ?");
             PreparedStatement ftTop = db.prepareStatement("SELECT id, problem, solution FROM bench_input "
                     + "WHERE MATCH(problem, solution) AGAINST(? IN NATURAL LANGUAGE MODE) LIMIT 20");
             PreparedStatement ftCount = db.prepareStatement("SELECT COUNT(*) FROM bench_input "
                     + "WHERE MATCH(problem, solution) AGAINST(? IN NATURAL LANGUAGE MODE)")) {
            Timer like = new Timer();
            Timer fulltext = new Timer();
            long likeHits = 0;
            long ftHits = 0;
            for (int i = 0; i < WARMUP / 5; i++) {
                runLike(likeTop, likeCount, queries.get(i));
                runFulltext(ftTop, ftCount, queries.get(i));
            }
            for (String q : queries) {
                long t = System.nanoTime();
                likeHits += runLike(likeTop, likeCount, q);
                like.add(System.nanoTime() - t);
                t = System.nanoTime();
                ftHits += runFulltext(ftTop, ftCount, q);
                fulltext.add(System.nanoTime() - t);
            }
            table.add(like.row("MariaDB", "`LIKE '%w%'` on problem OR solution, top 20 + COUNT", likeHits / queries.size()));
            table.add(fulltext.row("MariaDB", "FULLTEXT `MATCH … AGAINST` (natural language), top 20 + COUNT",
                    ftHits / queries.size()));
        }
    }

    private static long runLike(PreparedStatement top, PreparedStatement count, String q) throws Exception {
        String pattern = "%" + q + "%";
        top.setString(1, pattern);
        top.setString(2, pattern);
        drain(top);
        count.setString(1, pattern);
        count.setString(2, pattern);
        return single(count);
    }

    private static long runFulltext(PreparedStatement top, PreparedStatement count, String q) throws Exception {
        top.setString(1, q);
        drain(top);
        count.setString(1, q);
        return single(count);
    }

    private static void drain(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getString(2);
            }
        }
    }

    private static long single(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void lucene(List<Row> rows, List<String> queries, List<String[]> table) throws Exception {
        Path dir = Files.createTempDirectory("inbreng-search-bench");
        try (BenchSearchIndex index = new BenchSearchIndex(dir)) {
            long start = System.nanoTime();
            index.addAll(rows);
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            table.add(new String[]{"Lucene", "index " + index.docCount() + " inputs (Dutch analysis, facets), commit",
                    "", "", String.format("%.0f docs/s (%.1f s)", rows.size() / indexSeconds, indexSeconds)});
            System.out.printf("Lucene index: %.1f s%n", indexSeconds);

            for (int i = 0; i < WARMUP; i++) {
                index.search(queries.get(i % queries.size()));
            }
            Timer search = new Timer();
            Timer cpu = new Timer();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long hits = 0;
            for (int pass = 0; pass < PASSES; pass++) {
                for (String q : queries) {
                    long t = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    hits += index.search(q).total();
                    cpu.add(threads.getCurrentThreadCpuTime() - c);
                    search.add(System.nanoTime() - t);
                }
            }
            int runs = queries.size() * PASSES;
            table.add(search.row("Lucene", "SubmissionSearch: top 20 + total + facets + highlights", hits / runs));
            // CPU time of the searching thread: what a busy machine does not inflate (issue 19 compares on it)
            table.add(cpu.row("Lucene", "same, CPU time of the searching thread", hits / runs));

            start = System.nanoTime();
            index.rebuild(rows);
            double rebuildSeconds = (System.nanoTime() - start) / 1e9;
            table.add(new String[]{"Lucene", "full rebuild (deleteAll + reindex " + index.docCount() + " + commit)", "", "",
                    String.format("%.1f s (%.0f docs/s)", rebuildSeconds, rows.size() / rebuildSeconds)});
            // The capacity model (docs/scale.md) needs the index's size on disk after that commit.
            try (Stream<Path> files = Files.walk(dir)) {
                long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
                table.add(new String[]{"Lucene", "index size on disk after the rebuild", "", "",
                        String.format("%.1f MB", bytes / 1e6)});
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Inputs made of 1–3 problem sentences and 0–2 solution sentences from random corpus entries. */
    private static List<Row> generate(int n) {
        List<CorpusEntry> corpus = DemoCorpus.load(ObjectMapper.getDefault());
        List<String> problemSentences = new ArrayList<>();
        List<String> solutionSentences = new ArrayList<>();
        List<List<String>> themeSets = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        List<String> areas = new ArrayList<>();
        for (CorpusEntry e : corpus) {
            problemSentences.addAll(sentences(e.problem()));
            if (e.solution() != null) {
                solutionSentences.addAll(sentences(e.solution()));
            }
            themeSets.add(e.unsure() ? List.of() : e.themes());
            channels.add(e.channel());
            if (e.area() != null) {
                areas.add(e.area());
            }
        }
        Random random = new Random(SEED);
        LocalDateTime base = LocalDateTime.of(2025, 1, 1, 0, 0);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String problem = pick(random, problemSentences, 1 + random.nextInt(3));
            String solution = random.nextInt(10) < 6 ? pick(random, solutionSentences, 1 + random.nextInt(2)) : null;
            rows.add(new Row(i, problem, solution, themeSets.get(random.nextInt(themeSets.size())),
                    channels.get(random.nextInt(channels.size())),
                    random.nextInt(10) == 0 ? null : areas.get(random.nextInt(areas.size())), "INWONER",
                    base.plusMinutes(random.nextInt(60 * 24 * 365))));
        }
        return rows;
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String pick(Random random, List<String> from, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(from.get(random.nextInt(from.size())));
        }
        return out.toString();
    }

    private static List<String> queries() {
        Random random = new Random(SEED + 1);
        List<String> out = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            out.add(i < WORDS.size() ? WORDS.get(i) : WORDS.get(random.nextInt(WORDS.size())));
        }
        return out;
    }

    private static final class Timer {
        private final List<Long> nanos = new ArrayList<>();

        void add(long n) {
            nanos.add(n);
        }

        double percentileMs(double p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
        }

        String[] row(String engine, String what, long meanHits) {
            return new String[]{engine, what + " (mean " + meanHits + " hits)", String.format("%.1f", percentileMs(50)),
                    String.format("%.1f", percentileMs(95)), String.format("%.0f queries/s", nanos.size() * 1e9
                    / nanos.stream().mapToLong(Long::longValue).sum())};
        }
    }
}
