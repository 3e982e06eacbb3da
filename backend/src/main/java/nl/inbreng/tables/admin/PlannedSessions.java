package nl.inbreng.tables.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import nl.inbreng.accounts.GemeenteScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.rounds.Round;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.tables.TableSessionTheme;
import nl.inbreng.tables.TableSessionThemeRepository;
import nl.inbreng.tables.WaitlistMoves;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The thematafels as staff plan them: every field of the planning form plus how many seats are taken. */
@Singleton
class PlannedSessions {

    private final TableSessionRepository sessions;
    private final TableSessionThemeRepository sessionThemes;
    private final WaitlistMoves waitlist;

    private final VisibleGemeenten visible;

    PlannedSessions(TableSessionRepository sessions, TableSessionThemeRepository sessionThemes, WaitlistMoves waitlist,
                    VisibleGemeenten visible) {
        this.visible = visible;
        this.sessions = sessions;
        this.sessionThemes = sessionThemes;
        this.waitlist = waitlist;
    }

    /** One thematafel in the staff's list; times are Dutch wall-clock time. */
    @Serdeable
    record PlannedSession(Long id, String title, @Nullable String description, List<String> themeCodes,
                          LocalDateTime startsAt, LocalDateTime endsAt, String place, int capacity,
                          @Nullable String facilitator, @Nullable Long roundId, @Nullable Round.Doelgroep doelgroep,
                          long confirmed, long waitlisted, boolean verslagPublished) {
    }

    List<PlannedSession> all() {
        GemeenteScope scope = visible.current();
        List<TableSession> all = StreamSupport.stream(sessions.findAll().spliterator(), false)
                .filter(session -> scope.sees(session.gemeenteId()))
                .sorted(Comparator.comparing(TableSession::startsAt).thenComparing(TableSession::id)).toList();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> codes = sessionThemes.findBySessionIdIn(all.stream().map(TableSession::id).toList()).stream()
                .collect(Collectors.groupingBy(TableSessionTheme::sessionId,
                        Collectors.mapping(TableSessionTheme::themaCode, Collectors.toList())));
        return all.stream().map(session -> view(session, codes.getOrDefault(session.id(), List.of()))).toList();
    }

    PlannedSession of(TableSession session) {
        return view(session, sessionThemes.findBySessionIdIn(List.of(session.id())).stream()
                .map(TableSessionTheme::themaCode).toList());
    }

    private PlannedSession view(TableSession session, List<String> themeCodes) {
        return new PlannedSession(session.id(), session.title(), session.description(),
                themeCodes.stream().sorted().toList(), session.startsAt(), session.endsAt(), session.place(),
                session.capacity(), session.facilitator(), session.roundId(), session.doelgroep(),
                waitlist.confirmedCount(session.id()), waitlist.waitlistCount(session.id()),
                session.verslagPublishedAt() != null);
    }
}
