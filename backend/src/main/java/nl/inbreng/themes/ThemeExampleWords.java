package nl.inbreng.themes;

import jakarta.inject.Singleton;
import nl.inbreng.search.ExtraWords;

import java.util.List;
import java.util.Objects;

/** The themes' example words for the search index's Dutch analysis. */
@Singleton
class ThemeExampleWords implements ExtraWords {

    private final ThemaRepository themes;

    ThemeExampleWords(ThemaRepository themes) {
        this.themes = themes;
    }

    @Override
    public List<String> exampleWords() {
        return themes.findAll().stream().map(Thema::exampleWords).filter(Objects::nonNull).toList();
    }
}
