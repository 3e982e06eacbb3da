package nl.inbreng.themes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public list of themes grouped by veld, in the resident's language. */
@Singleton
public class ThemeCatalogue {

    static final String OTHER_GROUP_CODE = "L";

    private final VeldRepository velden;
    private final ThemaRepository themas;

    ThemeCatalogue(VeldRepository velden, ThemaRepository themas) {
        this.velden = velden;
        this.themas = themas;
    }

    public List<VeldView> publicCatalogue(boolean english) {
        Map<String, List<ThemeView>> byVeld = new LinkedHashMap<>();
        for (Thema thema : themas.findByActiveOrderByPosition(true)) {
            if (thema.kind() == Thema.ThemaKind.IMPORT) {
                continue; // themes born in an import are the werkgroep's working labels, not public choices
            }
            String veld = thema.veldCode() == null ? OTHER_GROUP_CODE : thema.veldCode();
            byVeld.computeIfAbsent(veld, key -> new ArrayList<>()).add(new ThemeView(thema.code(),
                    pick(english, thema.nameEn(), thema.name()), pick(english, thema.descriptionEn(), thema.description())));
        }
        List<VeldView> result = new ArrayList<>();
        for (Veiligheidsveld veld : velden.findAllOrderByPosition()) {
            List<ThemeView> themes = byVeld.remove(veld.code());
            if (themes != null) {
                result.add(new VeldView(veld.code(), pick(english, veld.nameEn(), veld.name()), themes));
            }
        }
        List<ThemeView> local = byVeld.remove(OTHER_GROUP_CODE);
        if (local != null) {
            result.add(new VeldView(OTHER_GROUP_CODE, english ? "Local themes" : "Lokale thema's", local));
        }
        return result;
    }

    private static String pick(boolean english, @Nullable String en, @Nullable String nl) {
        return english && en != null ? en : nl;
    }

    @Serdeable
    public record VeldView(String code, String name, List<ThemeView> themes) {
    }

    @Serdeable
    public record ThemeView(String code, String name, @Nullable String description) {
    }
}
