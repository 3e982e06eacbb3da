package nl.inbreng.clustering;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NearestClustersTest {

    private static final List<NearestClusters.Group> GROUPS = List.of(
            new NearestClusters.Group(100, List.of(
                    new ClusterInput(1, "Overal hondenpoep op de stoep bij de Lindelaan."),
                    new ClusterInput(2, "De hondenpoep in het park, niemand ruimt het op."),
                    new ClusterInput(3, "Hondenbezitters ruimen de hondenpoep niet op bij de speeltuin."))),
            new NearestClusters.Group(200, List.of(
                    new ClusterInput(4, "Er wordt veel te hard gereden in de Dorpsstraat, snelheidsduivels."),
                    new ClusterInput(5, "Auto's rijden veel te hard door de Dorpsstraat, gevaarlijk voor kinderen."),
                    new ClusterInput(6, "Te hard rijden in de 30 km zone bij de school."))));

    @Test
    void aNewcomerJoinsTheClusterItIsMostSimilarTo() {
        List<NearestClusters.Assignment> assignments = new NearestClusters().assign(GROUPS, List.of(
                new ClusterInput(11, "Auto's scheuren veel te hard door onze straat."),
                new ClusterInput(10, "Hondepoep op de stoep, vies!")));

        assertEquals(List.of(10L, 11L), assignments.stream().map(NearestClusters.Assignment::inputId).toList(),
                "ordered by input id, whatever the order they came in");
        assertEquals(100L, assignments.get(0).groupKey(), "misspelt dog mess still finds the dog-mess cluster");
        assertEquals(200L, assignments.get(1).groupKey());
    }

    @Test
    void anInputThatSharesNothingGoesNowhere() {
        List<NearestClusters.Assignment> assignments = new NearestClusters().assign(GROUPS,
                List.of(new ClusterInput(12, "Xylofoon quasar zwembadrooster.")));

        assertNull(assignments.get(0).groupKey());
    }

    @Test
    void withoutClustersEveryNewcomerGoesNowhere() {
        List<NearestClusters.Assignment> assignments = new NearestClusters().assign(List.of(),
                List.of(new ClusterInput(13, "Hondenpoep op de stoep.")));

        assertNull(assignments.get(0).groupKey());
        assertEquals(0, new NearestClusters().assign(GROUPS, List.of()).size());
    }
}
