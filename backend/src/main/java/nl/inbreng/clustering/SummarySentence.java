package nl.inbreng.clustering;

import java.util.List;

/** A sentence taken word for word from inputs, with the ids of every input in the cluster that contains it. */
public record SummarySentence(String text, List<Long> sourceIds) {
}
