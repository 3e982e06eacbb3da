package nl.inbreng.themes;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemesApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    private List<ThemeCatalogue.VeldView> themes(String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/v1/themes" + query),
                Argument.listOf(ThemeCatalogue.VeldView.class));
    }

    @Test
    void listsTheFiveVeiligheidsveldenWithTheirTwentyTwoThemas() {
        List<ThemeCatalogue.VeldView> velden = themes("");

        Map<String, List<String>> codesByVeld = velden.stream().collect(Collectors.toMap(ThemeCatalogue.VeldView::code,
                veld -> veld.themes().stream().map(ThemeCatalogue.ThemeView::code).toList()));
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), codesByVeld.get("1"));
        assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5"), codesByVeld.get("2"));
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4"), codesByVeld.get("3"));
        assertEquals(List.of("4.1", "4.2", "4.3", "4.4"), codesByVeld.get("4"));
        assertEquals(List.of("5.1", "5.2", "5.3", "5.4", "5.5"), codesByVeld.get("5"));
        assertEquals(List.of("1", "2", "3", "4", "5", "S"), velden.stream().map(ThemeCatalogue.VeldView::code).toList());
        assertEquals("Veilige woon- en leefomgeving", velden.get(0).name());
        assertEquals("Jeugdoverlast", velden.get(2).themes().get(0).name());
        assertTrue(velden.get(2).themes().get(0).description().length() > 20, "themes carry a description for residents");
    }

    @Test
    void offersTheStrategicThemesAsExtraGroup() {
        ThemeCatalogue.VeldView strategic = themes("").get(5);

        assertEquals(List.of("S.1", "S.2", "S.3"), strategic.themes().stream().map(ThemeCatalogue.ThemeView::code).toList());
    }

    @Test
    void answersInEnglishWhenAsked() {
        ThemeCatalogue.VeldView first = themes("?lang=en").get(0);

        assertEquals("1", first.code());
        assertTrue(!first.name().equals("Veilige woon- en leefomgeving"), "the veld name is translated");
    }
}
