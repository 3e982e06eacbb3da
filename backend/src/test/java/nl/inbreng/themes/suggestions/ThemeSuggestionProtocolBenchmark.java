package nl.inbreng.themes.suggestions;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import nl.inbreng.evaluation.Baseline;
import nl.inbreng.evaluation.EvaluationCorpora;
import nl.inbreng.evaluation.Splits;
import nl.inbreng.evaluation.TopK;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: the theme-suggestion benchmark of issue 13 through the contract's endpoints, as the team measures the
 * hidden set. For each corpus, tagged share and seed: a fresh database schema and a fresh application; the corpus as
 * one CSV through {@code POST /api/admin/imports} with the category (names, or codes for the demo corpus) filled in for
 * the tagged rows only; then {@code GET /api/admin/submissions/{id}/theme-suggestions} for every other row, asked at
 * once after the import returned. The baselines learn from the same tagged rows in the same run.
 * Needs a MySQL-family server (default 127.0.0.1:3306, root, no password; -Dbench.db-url=...). Options as
 * {@link ThemeSuggestionBenchmark}.
 */
public final class ThemeSuggestionProtocolBenchmark {

    private static final String SERVER = System.getProperty("bench.db-url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("bench.db-user", "root");
    private static final String PASSWORD = System.getProperty("bench.db-password", "");
    private static final String PARAMS = "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    private static final String ADMIN = "benchmark-beheerder";
    private static final String ADMIN_PASSWORD = "benchmark-wachtwoord-lang";

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final HttpClient http = HttpClient.newHttpClient();

    private ThemeSuggestionProtocolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new ThemeSuggestionProtocolBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        List<String> corpora = List.of(System.getProperty("bench.corpora", "demo,relabelled,meldingen").split(","));
        double[] fractions = java.util.Arrays.stream(System.getProperty("bench.fractions", "0.05,0.2,0.5").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        long[] seeds = java.util.Arrays.stream(System.getProperty("bench.seeds", "1,2,3").split(","))
                .mapToLong(Long::parseLong).toArray();
        StringBuilder table = new StringBuilder("""
                | corpus | tagged | seeds | Inbreng top-1 | Inbreng top-3 | kNN-10 top-1 | kNN-10 top-3 | SVM top-1 | SVM top-3 | import s | first suggestion s | later suggestions ms |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                """);
        for (EvaluationCorpora.Corpus corpus : EvaluationCorpora.all()) {
            if (!corpora.contains(corpus.name())) {
                continue;
            }
            for (double fraction : fractions) {
                TopK ours = new TopK();
                TopK knn = new TopK();
                TopK svm = new TopK();
                Timing timing = new Timing();
                for (long seed : seeds) {
                    boolean[] tagged = Splits.tagged(corpus.labels(), fraction, seed);
                    List<String> trainTexts = new ArrayList<>();
                    List<String> trainLabels = new ArrayList<>();
                    for (int i = 0; i < corpus.size(); i++) {
                        if (tagged[i]) {
                            trainTexts.add(corpus.texts().get(i));
                            trainLabels.add(corpus.labels().get(i));
                        }
                    }
                    Baseline knnModel = Baseline.knn(trainTexts, trainLabels);
                    Baseline svmModel = Baseline.svm(trainTexts, trainLabels);
                    List<List<String>> suggested = throughTheApplication(corpus, tagged, timing);
                    for (int i = 0; i < corpus.size(); i++) {
                        if (!tagged[i]) {
                            String gold = corpus.labels().get(i);
                            ours.add(suggested.get(i), gold);
                            knn.add(knnModel.rank(corpus.texts().get(i)), gold);
                            svm.add(svmModel.rank(corpus.texts().get(i)), gold);
                        }
                    }
                }
                String row = String.format(Locale.ROOT,
                        "| %s | %d%% | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %.1f | %.1f |%n",
                        corpus.name(), Math.round(fraction * 100), seeds.length, ours.top1(), ours.top3(), knn.top1(),
                        knn.top3(), svm.top1(), svm.top3(), timing.importMillis / 1000.0 / seeds.length,
                        timing.firstMillis / 1000.0 / seeds.length, timing.laterMillis / Math.max(1, timing.later));
                System.out.print(row);
                table.append(row);
            }
        }
        System.out.println();
        System.out.println(table);
    }

    private static final class Timing {
        long importMillis;
        long firstMillis;
        long laterMillis;
        long later;
    }

    /** One fresh installation: import, then the suggestions for every untagged row as labels (null for tagged rows). */
    private List<List<String>> throughTheApplication(EvaluationCorpora.Corpus corpus, boolean[] tagged, Timing timing)
            throws Exception {
        String schema = "inbreng_bench_suggest_" + System.currentTimeMillis();
        execute(SERVER + PARAMS, "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", SERVER + schema + PARAMS);
        properties.put("datasources.default.username", USER);
        properties.put("datasources.default.password", PASSWORD);
        properties.put("inbreng.data-dir", Files.createTempDirectory("inbreng-bench").toString());
        properties.put("inbreng.demo-data", "false");
        properties.put("inbreng.admin.username", ADMIN);
        properties.put("inbreng.admin.password", ADMIN_PASSWORD);
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            String base = server.getURL().toString();
            Session session = logIn(base);
            // An installation in use already has a model: one untagged input and its suggestions, before the import,
            // so the suggestions below show whether the import's tags count at once (ADR 0101), not a first training.
            Map<String, Object> warmUp = post(base + "/api/admin/imports?textColumn=tekst", "tekst\nWelkom bij de inbreng\n",
                    session);
            get(base + "/api/admin/submissions/" + ((List<?>) warmUp.get("ids")).get(0) + "/theme-suggestions", session,
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            long started = System.nanoTime();
            Map<String, Object> imported = post(base + "/api/admin/imports?textColumn=tekst&themeColumn=categorie&idColumn=nr",
                    csv(corpus, tagged), session);
            timing.importMillis += (System.nanoTime() - started) / 1_000_000;
            List<Long> ids = ((List<?>) imported.get("ids")).stream().map(id -> ((Number) id).longValue()).toList();
            if (ids.size() != corpus.size()) {
                throw new IllegalStateException("Imported " + ids.size() + " of " + corpus.size() + ": " + imported.get("rejected"));
            }
            Map<String, String> labelByCode = labelsByCode(base, session, corpus, imported);
            List<List<String>> suggested = new ArrayList<>();
            boolean first = true;
            for (int i = 0; i < corpus.size(); i++) {
                if (tagged[i]) {
                    suggested.add(null);
                    continue;
                }
                started = System.nanoTime();
                List<Map<String, Object>> suggestions = get(base + "/api/admin/submissions/" + ids.get(i) + "/theme-suggestions",
                        session, Argument.listOf(Argument.mapOf(String.class, Object.class)));
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (first) {
                    timing.firstMillis += millis;
                    first = false;
                } else {
                    timing.laterMillis += millis;
                    timing.later++;
                }
                suggested.add(suggestions.stream().map(s -> (String) s.get("code"))
                        .map(code -> labelByCode.getOrDefault(code, "(other theme " + code + ")")).toList());
            }
            return suggested;
        } finally {
            execute(SERVER + PARAMS, "DROP DATABASE " + schema);
        }
    }

    /** Which corpus label a suggested theme code stands for: the code itself (demo), or the theme's name. */
    private Map<String, String> labelsByCode(String base, Session session, EvaluationCorpora.Corpus corpus,
                                             Map<String, Object> imported) throws IOException, InterruptedException {
        Map<String, String> labelByKey = new HashMap<>();
        corpus.categories().forEach(label -> labelByKey.put(ThemeSuggestionBenchmark.key(label), label));
        Map<String, String> labelByCode = new HashMap<>();
        if (corpus.name().equals("demo")) {
            corpus.categories().forEach(code -> labelByCode.put(code, code));
            return labelByCode;
        }
        for (Object theme : (List<?>) imported.get("newThemes")) {
            Map<?, ?> t = (Map<?, ?>) theme;
            labelByCode.put((String) t.get("code"), labelByKey.get(ThemeSuggestionBenchmark.key((String) t.get("name"))));
        }
        List<Map<String, Object>> velden = get(base + "/api/v1/themes", session,
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        for (Map<String, Object> veld : velden) {
            for (Object theme : (List<?>) veld.get("themes")) {
                Map<?, ?> t = (Map<?, ?>) theme;
                String label = labelByKey.get(ThemeSuggestionBenchmark.key((String) t.get("name")));
                if (label != null) {
                    labelByCode.put((String) t.get("code"), label);
                }
            }
        }
        return labelByCode;
    }

    private static String csv(EvaluationCorpora.Corpus corpus, boolean[] tagged) {
        StringBuilder csv = new StringBuilder("nr,tekst,categorie\n");
        for (int i = 0; i < corpus.size(); i++) {
            csv.append("r").append(i + 1).append(',').append(quoted(corpus.texts().get(i))).append(',')
                    .append(tagged[i] ? quoted(corpus.labels().get(i)) : "").append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private record Session(String cookie, String csrfToken) {
    }

    private Session logIn(String base) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Login failed: " + response.statusCode() + " " + response.body());
        }
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("INBRENG_ADMIN="))
                .findFirst().orElseThrow().split(";")[0];
        Map<String, Object> body = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        return new Session(cookie, (String) body.get("csrfToken"));
    }

    private Map<String, Object> post(String url, String csv, Session session) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/csv").header("Cookie", session.cookie())
                .header("X-CSRF-Token", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
        }
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private <T> T get(String url, Session session, Argument<T> type) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", session.cookie())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + " " + response.body());
        }
        return json.readValue(response.body(), type);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
