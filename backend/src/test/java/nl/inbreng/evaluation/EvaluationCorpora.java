package nl.inbreng.evaluation;

import io.micronaut.serde.ObjectMapper;
import nl.inbreng.demo.CorpusEntry;
import nl.inbreng.demo.DemoCorpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three labelled corpora of the evaluation harness (issue 13), as texts with one gold label each, in a fixed
 * order: (a) the demo corpus with its VNG theme codes; (b) the same texts relabelled into an unfamiliar taxonomy of
 * made-up category names (some with commas) that have no theme texts; (c) "meldingen openbare ruimte", reports about
 * public space and nuisance written for this harness (eval/meldingen.tsv, made by infra/tools/eval/generate-meldingen.py).
 */
public final class EvaluationCorpora {

    /** A labelled corpus: {@code texts.get(i)} carries gold label {@code labels.get(i)}. */
    public record Corpus(String name, List<String> texts, List<String> labels) {

        public int size() {
            return texts.size();
        }

        /** The distinct labels, in order of first appearance. */
        public List<String> categories() {
            return labels.stream().distinct().toList();
        }
    }

    /**
     * Corpus (b)'s taxonomy: made-up category names, each covering one to four VNG themes of the demo corpus. Several
     * names hold a comma, as municipal category names do ("Wegen, straten en verkeer").
     */
    public static final Map<String, List<String>> RELABELLED_TAXONOMY = relabelledTaxonomy();

    private static final String MELDINGEN = "eval/meldingen.tsv";

    private EvaluationCorpora() {
    }

    /** (a) The demo corpus: problem and solution as one text, the primary VNG theme code as label. */
    public static Corpus demo() {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (CorpusEntry entry : DemoCorpus.load(ObjectMapper.getDefault())) {
            texts.add(entry.solution() == null ? entry.problem() : entry.problem() + " " + entry.solution());
            labels.add(entry.themes().get(0));
        }
        return new Corpus("demo", texts, labels);
    }

    /** (b) The demo corpus's texts under {@link #RELABELLED_TAXONOMY}. */
    public static Corpus relabelled() {
        Map<String, String> nameByCode = new LinkedHashMap<>();
        RELABELLED_TAXONOMY.forEach((name, codes) -> codes.forEach(code -> nameByCode.put(code, name)));
        Corpus demo = demo();
        List<String> labels = demo.labels().stream().map(code -> {
            String name = nameByCode.get(code);
            if (name == null) {
                throw new IllegalStateException("Theme " + code + " has no category in the relabelled taxonomy");
            }
            return name;
        }).toList();
        return new Corpus("relabelled", demo.texts(), labels);
    }

    /** (c) Meldingen openbare ruimte: one report per line, labelled with a reporting system's category names. */
    public static Corpus meldingen() {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (InputStream in = EvaluationCorpora.class.getClassLoader().getResourceAsStream(MELDINGEN)) {
            if (in == null) {
                throw new IllegalStateException("Missing evaluation corpus " + MELDINGEN);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 1) {
                    continue;
                }
                labels.add(line.substring(0, tab));
                texts.add(line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus("meldingen", texts, labels);
    }

    /** All three, in the order the benchmark reports them. */
    public static List<Corpus> all() {
        return List.of(demo(), relabelled(), meldingen());
    }

    private static Map<String, List<String>> relabelledTaxonomy() {
        Map<String, List<String>> taxonomy = new LinkedHashMap<>();
        taxonomy.put("Buurt, overlast en leefbaarheid", List.of("1.1", "1.2"));
        taxonomy.put("Criminaliteit in de wijk", List.of("1.3"));
        taxonomy.put("Gevoel van veiligheid", List.of("1.4"));
        taxonomy.put("Winkels, horeca en evenementen", List.of("2.1", "2.3", "2.4", "2.5"));
        taxonomy.put("Bedrijven en ondermijning", List.of("2.2", "5.2"));
        taxonomy.put("Jongeren, school en middelen", List.of("3.1", "3.2", "3.3", "3.4"));
        taxonomy.put("Verkeer", List.of("4.1"));
        taxonomy.put("Brand, rampen en gevaarlijke stoffen", List.of("4.2", "4.3", "4.4"));
        taxonomy.put("Radicalisering, integriteit en publieke taak", List.of("5.1", "5.3", "5.5"));
        taxonomy.put("Online en digitaal", List.of("5.4", "S.2"));
        taxonomy.put("Kwetsbare mensen en uitbuiting", List.of("S.1", "S.3"));
        return Collections.unmodifiableMap(taxonomy);
    }
}
