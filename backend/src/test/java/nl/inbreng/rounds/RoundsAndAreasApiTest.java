package nl.inbreng.rounds;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundsAndAreasApiTest extends RealDatabaseTest {

    private static final Argument<List<Map<String, Object>>> LIST_OF_MAPS =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RoundRepository rounds;

    @Inject
    RoundThemeRepository roundThemes;

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    AreaRepository areas;

    private Round ondernemersRound(String slug, LocalDateTime opens, LocalDateTime closes) {
        return rounds.save(aRound().slug(slug + "-" + System.nanoTime()).titled("Ronde " + slug).forOndernemers()
                .withIntro("Voor ondernemers").openBetween(opens, closes).build());
    }

    private List<Map<String, Object>> openRounds() {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds"), LIST_OF_MAPS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsOnlyRoundsThatAreOpenNowWithTheirThemes() {
        LocalDateTime now = LocalDateTime.now();
        Round open = ondernemersRound("open", now.minusDays(1), now.plusDays(10));
        roundThemes.saveAll(List.of(new RoundTheme(null, open.id(), "2.1"), new RoundTheme(null, open.id(), "2.2")));
        Round closed = ondernemersRound("gesloten", now.minusDays(20), now.minusDays(1));
        Round future = ondernemersRound("toekomst", now.plusDays(3), now.plusDays(30));

        List<Map<String, Object>> listed = openRounds();

        Map<String, Object> openView = listed.stream().filter(r -> r.get("slug").equals(open.slug())).findFirst().orElseThrow();
        assertEquals("ONDERNEMERS", openView.get("doelgroep"));
        assertEquals(List.of("2.1", "2.2"), ((List<String>) openView.get("themeCodes")).stream().sorted().toList());
        assertFalse(listed.stream().anyMatch(r -> r.get("slug").equals(closed.slug())), "a closed round is not listed");
        assertFalse(listed.stream().anyMatch(r -> r.get("slug").equals(future.slug())), "a future round is not listed");
    }

    @Test
    void listsAreasWithTheirGemeente() {
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "vught-" + System.nanoTime(), "Vught", 27000));
        Area area = areas.save(new Area(null, gemeente.id(), "cromvoirt-" + System.nanoTime(), "Cromvoirt",
                Area.AreaKind.KERN, 1800, 2));

        List<Map<String, Object>> listed = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/areas"), LIST_OF_MAPS);

        assertTrue(listed.contains(Map.of("code", area.code(), "name", "Cromvoirt", "gemeente", "Vught")), listed.toString());
    }
}
