package nl.inbreng.submissions.admin;

import jakarta.inject.Singleton;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

/**
 * The themes a spreadsheet may name: every active theme except those born in earlier imports, which are working
 * labels of their own import and should not silently attract rows of a new one.
 */
@Singleton
class ImportableThemes {

    private final ThemaRepository themas;

    ImportableThemes(ThemaRepository themas) {
        this.themas = themas;
    }

    ThemeMatcher matcher() {
        return new ThemeMatcher(themas.findByActiveOrderByPosition(true).stream()
                .filter(t -> t.kind() != Thema.ThemaKind.IMPORT).toList());
    }
}
