package nl.inbreng.identity;

import jakarta.inject.Singleton;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Which gemeente the portal speaks for. Today an installation serves one gemeente (or several writing one joint
 * plan under the first one's name): the gemeente registered first. Multi-gemeente tenancy replaces only this class,
 * for example choosing by host name; everything else asks for the identity of a gemeente id.
 */
@Singleton
public class CurrentGemeente {

    private final GemeenteRepository gemeenten;

    CurrentGemeente(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    public Optional<Gemeente> get() {
        return StreamSupport.stream(gemeenten.findAll().spliterator(), false)
                .min(Comparator.comparing(Gemeente::id));
    }
}
