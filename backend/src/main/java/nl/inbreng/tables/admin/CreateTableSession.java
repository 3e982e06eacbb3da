package nl.inbreng.tables.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.Problem;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.tables.TableSessionTheme;
import nl.inbreng.tables.TableSessionThemeRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Plans a new thematafel; it belongs to the gemeente of its round, when it has one. */
@Singleton
class CreateTableSession {

    private final TableSessionRepository sessions;
    private final TableSessionThemeRepository sessionThemes;
    private final SessionRules rules;
    private final Clock clock;

    private final VisibleGemeenten visible;

    CreateTableSession(TableSessionRepository sessions, TableSessionThemeRepository sessionThemes, SessionRules rules,
                       Clock clock, VisibleGemeenten visible) {
        this.visible = visible;
        this.sessions = sessions;
        this.sessionThemes = sessionThemes;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    TableSession create(FacilitatorRequests.NewSession request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        SessionRules.ValidSession valid = rules.check(request, errors);
        LocalDateTime dutchNow = LocalDateTime.now(clock.withZone(TableSession.ZONE));
        if (valid.startsAt() != null && !valid.startsAt().isAfter(dutchNow)
                && errors.stream().noneMatch(error -> error.field().equals("startsAt"))) {
            errors.add(0, new Problem.FieldError("startsAt", "Kies een datum en begintijd die nog moeten komen."));
        }
        SessionRules.throwIfAny(errors);
        // Without a round: the gemeente of the account that plans it (ADR 0170).
        Long gemeenteId = valid.round() != null && valid.round().gemeenteId() != null ? valid.round().gemeenteId()
                : visible.current().homeGemeente().orElse(null);
        TableSession saved = sessions.save(new TableSession(null, gemeenteId,
                valid.round() == null ? null : valid.round().id(), valid.title(), valid.description(), valid.startsAt(),
                valid.endsAt(), valid.place(), valid.capacity(), valid.facilitator(), null, null, dutchNow, valid.doelgroep()));
        valid.themeCodes().forEach(code -> sessionThemes.save(new TableSessionTheme(null, saved.id(), code)));
        return saved;
    }
}
