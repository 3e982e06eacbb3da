package nl.inbreng.areas;

import jakarta.inject.Singleton;
import nl.inbreng.accounts.GemeenteCodes;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The gemeenten's codes for accounts, read from the gemeente table. */
@Singleton
class GemeenteCodesOfAreas implements GemeenteCodes {

    private final GemeenteRepository gemeenten;

    GemeenteCodesOfAreas(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public Map<String, Long> idsByCode() {
        return StreamSupport.stream(gemeenten.findAll().spliterator(), false)
                .collect(Collectors.toMap(g -> g.code().toLowerCase(Locale.ROOT), Gemeente::id));
    }

    @Override
    public Optional<String> codeOf(long gemeenteId) {
        return gemeenten.findById(gemeenteId).map(Gemeente::code);
    }
}
