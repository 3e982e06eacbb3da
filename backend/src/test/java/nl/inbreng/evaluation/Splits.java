package nl.inbreng.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded, stratified choices of which inputs count as tagged in an evaluation run. */
public final class Splits {

    private Splits() {
    }

    /**
     * Marks {@code fraction} of each label's inputs (at least one) as tagged, chosen by a shuffle with the given seed;
     * the same labels, fraction and seed always mark the same inputs.
     */
    public static boolean[] tagged(List<String> labels, double fraction, long seed) {
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
        }
        boolean[] tagged = new boolean[labels.size()];
        Random random = new Random(seed);
        for (List<Integer> members : byLabel.values()) {
            List<Integer> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            int take = Math.max(1, (int) Math.round(members.size() * fraction));
            shuffled.subList(0, take).forEach(i -> tagged[i] = true);
        }
        return tagged;
    }
}
