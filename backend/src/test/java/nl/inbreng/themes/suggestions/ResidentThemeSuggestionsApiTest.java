package nl.inbreng.themes.suggestions;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.common.Problem;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/theme-suggestions proposes themes for a description the resident has not sent yet. */
class ResidentThemeSuggestionsApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    private HttpResponse<List<Map>> ask(String query, Map<String, String> body) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/v1/theme-suggestions" + query, body),
                Argument.listOf(Map.class));
    }

    @Test
    void proposesTrafficSafetyForSpeedingCarsNearASchool() {
        HttpResponse<List<Map>> answer = ask("", Map.of(
                "problem", "Op de kruising bij de basisschool rijden auto's veel te hard. Kinderen steken daar elke ochtend over.",
                "solution", "Drempels en een zebrapad."));

        List<Map> themes = answer.body();
        assertTrue(themes.size() >= 2 && themes.size() <= 3, "two or three proposals: " + themes);
        assertTrue(themes.stream().anyMatch(theme -> "4.1".equals(theme.get("code"))), "traffic safety is proposed: " + themes);
        assertEquals("Verkeersveiligheid", themes.stream().filter(theme -> "4.1".equals(theme.get("code"))).findFirst()
                .orElseThrow().get("name"));
        assertEquals("no-store", answer.getHeaders().get("Cache-Control"));
    }

    @Test
    void namesTheProposalsInEnglishWhenAsked() {
        // The same text in both languages: which themes the model proposes depends on what the werkgroep tagged (other
        // test classes tag inputs in this schema too); the language only changes the names.
        Map<String, String> body = Map.of("problem",
                "Op de kruising bij de basisschool rijden auto's veel te hard. Kinderen steken daar elke ochtend over.");
        List<Map> dutch = ask("", body).body();
        List<Map> english = ask("?lang=en", body).body();

        assertFalse(english.isEmpty(), "a clear text gets proposals");
        assertEquals(dutch.stream().map(theme -> theme.get("code")).toList(),
                english.stream().map(theme -> theme.get("code")).toList(), "the same proposals in either language");
        for (int i = 0; i < english.size(); i++) {
            assertNotEquals(dutch.get(i).get("name"), english.get(i).get("name"), "English name: " + english.get(i));
        }
        english.stream().filter(theme -> "4.1".equals(theme.get("code")))
                .forEach(theme -> assertEquals("Road safety", theme.get("name")));
    }

    @Test
    void proposesNothingForADescriptionTooShortToSayAnything() {
        assertEquals(List.of(), ask("", Map.of("problem", "overlast")).body());
    }

    @Test
    void refusesATextLongerThanTheFormAllows() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> ask("", Map.of("problem", "a".repeat(5001))));

        assertEquals(400, refused.getStatus().getCode());
        assertEquals("problem", refused.getResponse().getBody(Problem.class).orElseThrow().errors().get(0).field());
    }

    @Test
    void storesNothing() throws SQLException {
        int before = submissions();

        ask("", Map.of("problem", "Jongeren hangen elke avond bij de supermarkt rond en maken lawaai."));

        assertEquals(before, submissions());
    }

    private int submissions() throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM submission")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
