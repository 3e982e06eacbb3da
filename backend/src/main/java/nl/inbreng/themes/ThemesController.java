package nl.inbreng.themes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

/** GET /api/v1/themes: the veiligheidsvelden with their thema's, plus configured extra themes. */
@Controller("/api/v1/themes")
class ThemesController {

    private final ThemeCatalogue catalogue;

    ThemesController(ThemeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    List<ThemeCatalogue.VeldView> themes(@QueryValue @Nullable String lang) {
        return catalogue.publicCatalogue("en".equalsIgnoreCase(lang));
    }
}
