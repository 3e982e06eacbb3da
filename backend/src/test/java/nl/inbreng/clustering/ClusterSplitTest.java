package nl.inbreng.clustering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterSplitTest {

    /** A cluster that really holds two topics: dog mess and speeding. */
    private static final List<ClusterInput> MIXED = List.of(
            new ClusterInput(1, "Overal hondenpoep op de stoep bij de Lindelaan."),
            new ClusterInput(2, "De hondenpoep in het park, niemand ruimt het op."),
            new ClusterInput(3, "Hondenbezitters ruimen de hondenpoep niet op bij de speeltuin."),
            new ClusterInput(4, "hondepoep overal op het trottoir bij school"),
            new ClusterInput(5, "Er wordt veel te hard gereden in de Dorpsstraat, snelheidsduivels."),
            new ClusterInput(6, "Auto's rijden veel te hard door de Dorpsstraat, gevaarlijk voor kinderen."),
            new ClusterInput(7, "Te hard rijden in de Dorpsstraat bij de school."));

    @Test
    void proposesTheTwoTopicsOfAMixedCluster() {
        Set<Long> picked = new ClusterSplit().propose(MIXED, 7).orElseThrow();

        Set<Long> dogs = Set.of(1L, 2L, 3L, 4L);
        Set<Long> traffic = Set.of(5L, 6L, 7L);
        assertTrue(dogs.containsAll(picked) || traffic.containsAll(picked), () -> "one topic only, got " + picked);
        assertFalse(picked.isEmpty());
        assertEquals(picked, new ClusterSplit().propose(MIXED, 7).orElseThrow(), "same inputs and seed, same split");
    }

    @Test
    void describesBothPartsWithEveryInputInExactlyOne() {
        ClusterSplit.Split split = new ClusterSplit().describe(MIXED, Set.of(5L, 6L, 7L));

        assertEquals(List.of(5L, 6L, 7L), split.picked().memberIds());
        List<Long> all = new ArrayList<>(split.picked().memberIds());
        all.addAll(split.rest().memberIds());
        assertEquals(MIXED.size(), new HashSet<>(all).size());
        assertEquals(MIXED.size(), all.size());
        String label = split.picked().label().toLowerCase();
        assertTrue(label.contains("hard") || label.contains("dorpsstraat") || label.contains("rijden"),
                () -> "the new part is named after what sets it apart, got " + label);
        assertTrue(split.picked().summary().stream().allMatch(s -> split.picked().memberIds().containsAll(s.sourceIds())),
                "summary sentences point at inputs of their own part");
        assertTrue(split.picked().memberIds().containsAll(split.picked().representativeIds()));
    }

    @Test
    void aSplitWithNothingOnOneSideIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ClusterSplit().describe(MIXED, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)));
        assertTrue(new ClusterSplit().propose(MIXED.subList(0, 1), 7).isEmpty());
    }
}
