package nl.inbreng.evaluation;

import java.util.List;

/** Counts top-1 and top-3 hits of ranked labels against gold labels. */
public final class TopK {

    private int top1;
    private int top3;
    private int total;

    public void add(List<String> ranked, String gold) {
        total++;
        if (!ranked.isEmpty() && ranked.get(0).equals(gold)) {
            top1++;
        }
        if (ranked.subList(0, Math.min(3, ranked.size())).contains(gold)) {
            top3++;
        }
    }

    public double top1() {
        return total == 0 ? 0 : top1 / (double) total;
    }

    public double top3() {
        return total == 0 ? 0 : top3 / (double) total;
    }

    public int total() {
        return total;
    }
}
