package nl.inbreng.clustering;

import io.micronaut.serde.ObjectMapper;
import nl.inbreng.demo.CorpusEntry;
import nl.inbreng.demo.DemoCorpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled demo corpus as clustering inputs (ids 1…n) with gold primary themes, and the V2 theme priors. */
record LabelledCorpus(List<ClusterInput> inputs, List<String> gold, List<CorpusEntry> entries) {

    static LabelledCorpus load() {
        List<CorpusEntry> entries = DemoCorpus.load(ObjectMapper.getDefault());
        List<ClusterInput> inputs = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CorpusEntry entry = entries.get(i);
            String text = entry.solution() == null ? entry.problem() : entry.problem() + "\n" + entry.solution();
            inputs.add(new ClusterInput(i + 1, text));
            gold.add(entry.themes().get(0));
        }
        return new LabelledCorpus(inputs, gold, entries);
    }

    /** Theme name, description and example words from the V2 taxonomy migration (what the database holds). */
    static List<ThemePrior> themePriors() {
        String sql;
        try (InputStream in = LabelledCorpus.class.getClassLoader()
                .getResourceAsStream("db/migration/V2__vng_taxonomy.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ThemePrior> priors = new ArrayList<>();
        for (String line : sql.split("\n")) {
            if (!line.startsWith("INSERT INTO thema ")) {
                continue;
            }
            List<String> values = literals(line.substring(line.indexOf("VALUES")));
            // code, veld_code, name, name_en, description, description_en, example_words
            priors.add(new ThemePrior(values.get(0), values.get(2) + ". " + values.get(4) + " " + values.get(6)));
        }
        return priors;
    }

    private static List<String> literals(String values) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < values.length()) {
            if (values.charAt(i) == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < values.length()) {
                    if (values.charAt(i) == '\'' && i + 1 < values.length() && values.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i += 2;
                    } else if (values.charAt(i) == '\'') {
                        break;
                    } else {
                        literal.append(values.charAt(i++));
                    }
                }
                literals.add(literal.toString());
            }
            i++;
        }
        return literals;
    }
}
