package nl.inbreng.clustering;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.inbreng.evaluation.EvaluationCorpora;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Not a test: the clustering benchmark of issue 13, run through the contract's own path. It starts the application
 * (embedded database, no demo data, port {@code bench.port}, default 18082), imports each labelled corpus as CSV
 * through {@code POST /api/admin/imports} (texts only, untagged, as the protocol of the hidden set), asks
 * {@code POST /api/admin/clusterings {filter:{import}, clusters:k}} with k = the number of gold categories, and scores
 * the answer (NMI, ARI, purity; every input in exactly one cluster). In the same run: k-means on character
 * 3–5-gram TF-IDF and on word TF-IDF (scikit-learn defaults, 10 starts, seeds 1–5), and Inbreng's clusterer called
 * directly with seeds 1–5 (the endpoint fixes its seed). Also: the automatic number of clusters with its reason, a
 * tagged import of corpus (c) (own categories: no theme priors), and label quality (share of members holding the
 * label's content words, duplicate labels, labels joined with "en"). Prints Markdown and writes it to
 * target/clustering-evaluation.md. Run: see docs/benchmarks.md ("Issue 13: clustering").
 */
public final class ClusteringEvaluationBenchmark {

    private static final String USER = "benchmark";
    private static final String PASSWORD = "benchmark-wachtwoord-lang-genoeg";
    private static final int BASELINE_STARTS = 10;
    private static final long[] SEEDS = {1, 2, 3, 4, 5};

    private ClusteringEvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("inbreng-clustering-bench");
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", Integer.getInteger("bench.port", 18082));
        properties.put("inbreng.data-dir", data.toString());
        properties.put("inbreng.demo-data", "false");
        properties.put("inbreng.admin.username", USER);
        properties.put("inbreng.admin.password", PASSWORD);
        List<String> only = List.of(System.getProperty("bench.corpora", "demo,relabelled,meldingen").split(","));
        StringBuilder quality = new StringBuilder("""
                | Corpus | k | Method | NMI | ARI | Purity | Clusters | Every input once |
                | --- | --- | --- | --- | --- | --- | --- | --- |
                """);
        StringBuilder labels = new StringBuilder("""
                | Corpus | Run | Clusters | Members holding the label's words (weighted mean) | Lowest cluster | Duplicate labels | Labels with "en" | Themes followed | Reason for the number |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                """);
        try (ApplicationContext context = ApplicationContext.run(properties);
             EmbeddedServer server = context.getBean(EmbeddedServer.class).start()) {
            DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
            configuration.setReadTimeout(Duration.ofMinutes(10));
            configuration.setMaxContentLength(64 * 1024 * 1024);
            try (HttpClient client = HttpClient.create(server.getURL(), configuration)) {
                Session session = logIn(client);
                for (EvaluationCorpora.Corpus corpus : EvaluationCorpora.all()) {
                    if (!only.contains(corpus.name())) {
                        continue;
                    }
                    evaluate(client, session, corpus, quality, labels);
                }
            }
        }
        String report = "## Clustering quality\n\n" + quality + "\n## Labels\n\n" + labels;
        System.out.println(report);
        Path out = Path.of("target", "clustering-evaluation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static void evaluate(HttpClient client, Session session, EvaluationCorpora.Corpus corpus,
                                 StringBuilder quality, StringBuilder labels) {
        int k = corpus.categories().size();
        String name = corpus.name();
        List<Long> ids = importCorpus(client, session, corpus, false);
        Map<Long, String> gold = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            gold.put(ids.get(i), corpus.labels().get(i));
            texts.put(ids.get(i), corpus.texts().get(i));
        }
        String importId = String.valueOf(lastImport);

        long started = System.nanoTime();
        Map<String, Object> asked = cluster(client, session, importId, k);
        long askedMillis = (System.nanoTime() - started) / 1_000_000;
        row(quality, name, k, "**Inbreng, POST /api/admin/clusterings** (" + askedMillis + " ms)", asked, gold);
        labelRow(labels, name, "k = " + k, asked, texts);

        // Inbreng's clusterer with other seeds, on the same inputs and priors (the endpoint always uses seed 7).
        List<ClusterInput> inputs = new ArrayList<>();
        for (long id : ids) {
            inputs.add(new ClusterInput(id, texts.get(id)));
        }
        double[] ours = new double[3];
        for (long seed : SEEDS) {
            ClusteringResult result = new TextClusterer().cluster(inputs,
                    new ClusteringOptions(k, seed, LabelledCorpus.themePriors()));
            List<String> predicted = new ArrayList<>();
            Map<Long, Integer> clusterOf = new HashMap<>();
            for (int c = 0; c < result.clusters().size(); c++) {
                for (long id : result.clusters().get(c).memberIds()) {
                    clusterOf.put(id, c);
                }
            }
            ids.forEach(id -> predicted.add("c" + clusterOf.get(id)));
            ClusterMetrics.Scores scores = ClusterMetrics.score(ids.stream().map(gold::get).toList(), predicted);
            ours[0] += scores.nmi() / SEEDS.length;
            ours[1] += scores.ari() / SEEDS.length;
            ours[2] += scores.purity() / SEEDS.length;
        }
        quality.append(String.format(Locale.ROOT, "| %s | %d | Inbreng, same code, seeds 1–5 (mean) | %.3f | %.3f | %.3f | | |%n",
                name, k, ours[0], ours[1], ours[2]));

        for (String kind : List.of("char", "word")) {
            int[] dimension = new int[1];
            SparseVector[] rows = BaselineKMeans.tfidf(corpus.texts(),
                    kind.equals("char") ? BaselineKMeans::charGrams : BaselineKMeans::words, dimension);
            double[] sum = new double[3];
            double low = 1;
            double high = 0;
            for (long seed : SEEDS) {
                int[] assignment = BaselineKMeans.cluster(rows, dimension[0], k, BASELINE_STARTS, seed);
                ClusterMetrics.Scores scores = ClusterMetrics.score(corpus.labels(),
                        Arrays.stream(assignment).mapToObj(c -> "c" + c).toList());
                sum[0] += scores.nmi() / SEEDS.length;
                sum[1] += scores.ari() / SEEDS.length;
                sum[2] += scores.purity() / SEEDS.length;
                low = Math.min(low, scores.nmi());
                high = Math.max(high, scores.nmi());
            }
            quality.append(String.format(Locale.ROOT,
                    "| %s | %d | k-means on %s TF-IDF, seeds 1–5 (mean; NMI %.3f–%.3f) | %.3f | %.3f | %.3f | %d | yes |%n",
                    name, k, kind.equals("char") ? "char 3–5-gram" : "word", low, high, sum[0], sum[1], sum[2], k));
        }

        Map<String, Object> automatic = cluster(client, session, importId, null);
        row(quality, name, k, "Inbreng, automatic number of clusters", automatic, gold);
        labelRow(labels, name, "automatic", automatic, texts);

        if (name.equals("meldingen")) {
            // The same reports imported with their categories: the inputs carry their own categories, so no priors.
            List<Long> taggedIds = importCorpus(client, session, corpus, true);
            Map<Long, String> taggedGold = new HashMap<>();
            Map<Long, String> taggedTexts = new HashMap<>();
            for (int i = 0; i < taggedIds.size(); i++) {
                taggedGold.put(taggedIds.get(i), corpus.labels().get(i));
                taggedTexts.put(taggedIds.get(i), corpus.texts().get(i));
            }
            Map<String, Object> tagged = cluster(client, session, String.valueOf(lastImport), k);
            row(quality, name, k, "Inbreng, POST after a tagged import (own categories, no theme priors)", tagged,
                    taggedGold);
            labelRow(labels, name, "tagged import, k = " + k, tagged, taggedTexts);
        }
    }

    private static long lastImport;

    private static List<Long> importCorpus(HttpClient client, Session session, EvaluationCorpora.Corpus corpus,
                                           boolean tagged) {
        StringBuilder csv = new StringBuilder(tagged ? "tekst;categorie\n" : "tekst\n");
        for (int i = 0; i < corpus.size(); i++) {
            csv.append(quote(corpus.texts().get(i)));
            if (tagged) {
                csv.append(';').append(quote(corpus.labels().get(i)));
            }
            csv.append('\n');
        }
        String uri = "/api/admin/imports?textColumn=tekst" + (tagged ? "&themeColumn=categorie" : "");
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(session.authorize(
                        HttpRequest.POST(uri, csv.toString().getBytes(StandardCharsets.UTF_8)).contentType("text/csv")),
                Argument.mapOf(String.class, Object.class));
        Map<String, Object> body = response.body();
        if (((Number) body.get("imported")).intValue() != corpus.size()) {
            throw new IllegalStateException("The import rejected rows of " + corpus.name() + ": " + response.getStatus()
                    + " " + body.get("rejected"));
        }
        lastImport = ((Number) body.get("importId")).longValue();
        return ((List<?>) body.get("ids")).stream().map(n -> ((Number) n).longValue()).toList();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, Object> cluster(HttpClient client, Session session, String importId, Integer k) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("filter", Map.of("import", importId));
        if (k != null) {
            request.put("clusters", k);
        }
        return client.toBlocking().retrieve(session.authorize(HttpRequest.POST("/api/admin/clusterings", request)
                .contentType(MediaType.APPLICATION_JSON)), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> clusters(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("clusters");
    }

    private static List<Long> longs(Object list) {
        return ((List<?>) list).stream().map(n -> ((Number) n).longValue()).toList();
    }

    private static void row(StringBuilder table, String corpus, int k, String method, Map<String, Object> answer,
                            Map<Long, String> gold) {
        Map<Long, Integer> clusterOf = new HashMap<>();
        int placements = 0;
        List<Map<String, Object>> clusters = clusters(answer);
        for (int c = 0; c < clusters.size(); c++) {
            for (long id : longs(clusters.get(c).get("memberIds"))) {
                clusterOf.put(id, c);
                placements++;
            }
        }
        boolean once = placements == gold.size() && clusterOf.keySet().equals(gold.keySet());
        List<Long> ids = new ArrayList<>(gold.keySet());
        ClusterMetrics.Scores scores = ClusterMetrics.score(ids.stream().map(gold::get).toList(),
                ids.stream().map(id -> "c" + clusterOf.get(id)).toList());
        table.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.3f | %d | %s |%n", corpus, k, method,
                scores.nmi(), scores.ari(), scores.purity(), clusters.size(), once ? "yes" : "**no**"));
    }

    @SuppressWarnings("unchecked")
    private static void labelRow(StringBuilder table, String corpus, String run, Map<String, Object> answer,
                                 Map<Long, String> texts) {
        DutchText dutch = new DutchText();
        Map<Long, Set<String>> stemsOf = new HashMap<>();
        texts.forEach((id, text) -> {
            Set<String> stems = new HashSet<>();
            for (String word : dutch.words(text)) {
                stems.add(dutch.stem(bare(word)));
            }
            stemsOf.put(id, stems);
        });
        double weighted = 0;
        double lowest = 1;
        int members = 0;
        int joined = 0;
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Map<String, Object> cluster : clusters(answer)) {
            String label = (String) cluster.get("label");
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                duplicates++;
            }
            if (Boolean.TRUE.equals(cluster.get("overig"))) {
                continue;
            }
            joined += label.contains(" en ") ? 1 : 0;
            // A label "A en B" names two things; a member that holds the words of either side is named by it.
            List<List<String>> sides = new ArrayList<>();
            for (String side : label.split(" en ")) {
                List<String> content = new ArrayList<>();
                for (String word : dutch.words(side)) {
                    if (!DutchText.isStop(word)) {
                        content.add(dutch.stem(bare(word)));
                    }
                }
                if (!content.isEmpty()) {
                    sides.add(content);
                }
            }
            List<Long> ids = longs(cluster.get("memberIds"));
            int holding = 0;
            for (long id : ids) {
                if (sides.stream().anyMatch(content -> stemsOf.get(id).containsAll(content))) {
                    holding++;
                }
            }
            double share = (double) holding / ids.size();
            weighted += holding;
            members += ids.size();
            lowest = Math.min(lowest, share);
        }
        Map<String, Object> count = (Map<String, Object>) answer.get("clusterCount");
        table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %d | %d | %s | %s |%n", corpus, run,
                clusters(answer).size(), members == 0 ? 0 : weighted / members, lowest, duplicates, joined,
                count.get("themesFollowed"), count.get("reason")));
    }

    private static String bare(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.replace("'", "");
    }

    private record Session(String cookie, String csrf) {
        <T> io.micronaut.http.MutableHttpRequest<T> authorize(io.micronaut.http.MutableHttpRequest<T> request) {
            return request.cookie(Cookie.of("INBRENG_ADMIN", cookie)).header("X-CSRF-Token", csrf);
        }
    }

    private static Session logIn(HttpClient client) {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(
                HttpRequest.POST("/api/admin/login", Map.of("username", USER, "password", PASSWORD)),
                Argument.mapOf(String.class, Object.class));
        return new Session(response.getCookie("INBRENG_ADMIN").orElseThrow().getValue(),
                (String) response.body().get("csrfToken"));
    }
}
