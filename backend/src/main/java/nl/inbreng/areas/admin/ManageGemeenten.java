package nl.inbreng.areas.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.VisibleGemeenten;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteHosts;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** Adds and changes the installation's gemeenten, with a Dutch message per field for what cannot be. */
@Singleton
class ManageGemeenten {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,59}$");
    private static final Pattern HOST = Pattern.compile("^(?=.{3,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");

    private final GemeenteRepository gemeenten;
    private final GemeenteHosts hosts;
    private final VisibleGemeenten visible;

    ManageGemeenten(GemeenteRepository gemeenten, GemeenteHosts hosts, VisibleGemeenten visible) {
        this.gemeenten = gemeenten;
        this.hosts = hosts;
        this.visible = visible;
    }

    List<GemeenteView> list() {
        return StreamSupport.stream(gemeenten.findAll().spliterator(), false)
                .filter(gemeente -> visible.current().sees(gemeente.id()))
                .sorted(Comparator.comparing(Gemeente::name))
                .map(this::view).toList();
    }

    @Transactional
    GemeenteView add(GemeentenController.GemeenteRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String code = request.code() == null ? "" : request.code().strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            errors.add(new Problem.FieldError("code",
                    "Kies een code van 2 tot 60 tekens: kleine letters, cijfers en streepjes, bijvoorbeeld 'boxtel'."));
        } else if (gemeenten.findByCode(code).isPresent()) {
            errors.add(new Problem.FieldError("code", "Deze code bestaat al. Kies een andere."));
        }
        String host = checked(request, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Gemeente added = gemeenten.save(new Gemeente(null, code, request.name().strip(), request.population()));
        hosts.set(added.id(), host);
        return view(added);
    }

    @Transactional
    Optional<GemeenteView> change(long id, GemeentenController.GemeenteRequest request) {
        Optional<Gemeente> existing = gemeenten.findById(id);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String host = checked(request, id, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Gemeente changed = gemeenten.update(new Gemeente(id, existing.get().code(), request.name().strip(),
                request.population()));
        hosts.set(id, host);
        return Optional.of(view(changed));
    }

    Optional<String> codeOf(long id) {
        return gemeenten.findById(id).map(Gemeente::code);
    }

    private @Nullable String checked(GemeentenController.GemeenteRequest request, @Nullable Long id,
                                     List<Problem.FieldError> errors) {
        if (request.name() == null || request.name().isBlank() || request.name().strip().length() > 120) {
            errors.add(new Problem.FieldError("name", "Vul de naam van de gemeente in (hoogstens 120 tekens)."));
        }
        if (request.population() != null && request.population() < 0) {
            errors.add(new Problem.FieldError("population", "Vul een aantal inwoners van 0 of meer in, of laat het leeg."));
        }
        String host = request.host() == null || request.host().isBlank() ? null
                : request.host().strip().toLowerCase(Locale.ROOT);
        if (host != null && !HOST.matcher(host).matches()) {
            errors.add(new Problem.FieldError("host",
                    "Schrijf de hostnaam zonder https:// en zonder pad, bijvoorbeeld inbreng.boxtel.nl."));
        } else if (host != null && hosts.gemeenteOf(host).filter(owner -> !owner.equals(id)).isPresent()) {
            errors.add(new Problem.FieldError("host", "Deze hostnaam hoort al bij een andere gemeente."));
        }
        return host;
    }

    private GemeenteView view(Gemeente gemeente) {
        return new GemeenteView(gemeente.id(), gemeente.code(), gemeente.name(), gemeente.population(),
                hosts.hostOf(gemeente.id()).orElse(null));
    }

    /** A gemeente as the installatiebeheerder sees it. */
    @Serdeable
    record GemeenteView(long id, String code, String name, @Nullable Integer population, @Nullable String host) {
    }
}
