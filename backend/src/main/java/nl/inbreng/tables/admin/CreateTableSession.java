package nl.inbreng.tables.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.tables.TableSessionTheme;
import nl.inbreng.tables.TableSessionThemeRepository;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Plans a new thematafel. */
@Singleton
class CreateTableSession {

    private final TableSessionRepository sessions;
    private final TableSessionThemeRepository sessionThemes;
    private final ThemaRepository themas;
    private final Clock clock;

    CreateTableSession(TableSessionRepository sessions, TableSessionThemeRepository sessionThemes, ThemaRepository themas,
                       Clock clock) {
        this.sessions = sessions;
        this.sessionThemes = sessionThemes;
        this.themas = themas;
        this.clock = clock;
    }

    @Transactional
    TableSession create(FacilitatorRequests.NewSession request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String title = Texts.clean(request.title());
        String place = Texts.clean(request.place());
        if (title == null || title.length() > 200) {
            errors.add(new Problem.FieldError("title", "Vul een titel in van hoogstens 200 tekens."));
        }
        if (place == null || place.length() > 200) {
            errors.add(new Problem.FieldError("place", "Vul de plek in (hoogstens 200 tekens)."));
        }
        if (request.startsAt() == null) {
            errors.add(new Problem.FieldError("startsAt", "Vul de begintijd in."));
        }
        if (request.endsAt() == null || (request.startsAt() != null && !request.endsAt().isAfter(request.startsAt()))) {
            errors.add(new Problem.FieldError("endsAt", "Vul een eindtijd in die na de begintijd ligt."));
        }
        if (request.capacity() == null || request.capacity() < 1 || request.capacity() > 500) {
            errors.add(new Problem.FieldError("capacity", "Vul het aantal plaatsen in: van 1 tot 500."));
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>(request.themeCodes() == null ? List.of() : request.themeCodes());
        if (codes.isEmpty()) {
            errors.add(new Problem.FieldError("themeCodes", "Kies minstens één thema."));
        } else if (!codes.stream().allMatch(themas::existsById)) {
            errors.add(new Problem.FieldError("themeCodes", "Kies alleen thema's uit de lijst."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TableSession saved = sessions.save(new TableSession(null, null, request.roundId(), title,
                Texts.clean(request.description()), request.startsAt(), request.endsAt(), place, request.capacity(),
                Texts.clean(request.facilitator()), null, null, LocalDateTime.now(clock.withZone(TableSession.ZONE))));
        codes.forEach(code -> sessionThemes.save(new TableSessionTheme(null, saved.id(), code)));
        return saved;
    }
}
