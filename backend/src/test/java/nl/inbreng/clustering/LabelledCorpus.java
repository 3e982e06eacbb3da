package nl.inbreng.clustering;

import io.micronaut.serde.ObjectMapper;
import nl.inbreng.demo.CorpusEntry;
import nl.inbreng.demo.DemoCorpus;
import nl.inbreng.evaluation.VngTaxonomy;

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
        return VngTaxonomy.themes().stream()
                .map(theme -> new ThemePrior(theme.code(), theme.name() + ". " + theme.description() + " " + theme.exampleWords()))
                .toList();
    }
}
