package nl.inbreng.themes;

import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The themes in memory follow every save, update and delete through the repository at once. */
class ThemeLookupTest extends RealDatabaseTest {

    @Inject
    ThemeLookup lookup;
    @Inject
    ThemaRepository themas;

    @Test
    void aNewThemeIsChoosableAtOnceAndADeactivatedOneIsNot() {
        assertTrue(lookup.isPublic("3.1")); // loads the copy
        String code = "T" + UUID.randomUUID().toString().substring(0, 6);
        assertFalse(lookup.isPublic(code));

        Thema local = themas.save(new Thema(code, null, "Vuurwerk", null, null, null, null, Thema.ThemaKind.LOKAAL, 99, true));
        assertTrue(lookup.isPublic(code));
        assertEquals("Vuurwerk", lookup.find(code).orElseThrow().name());

        themas.update(new Thema(code, null, "Vuurwerk", null, null, null, null, Thema.ThemaKind.LOKAAL, 99, false));
        assertFalse(lookup.isPublic(code));

        themas.delete(local);
        assertTrue(lookup.find(code).isEmpty());
    }

    @Test
    void anImportsWorkingLabelIsNotAPublicChoice() {
        String code = "I" + UUID.randomUUID().toString().substring(0, 6);
        themas.save(new Thema(code, null, "Label uit een import", null, null, null, null, Thema.ThemaKind.IMPORT, 99, true));

        assertTrue(lookup.find(code).isPresent());
        assertFalse(lookup.isPublic(code));
    }
}
