package nl.inbreng.tables;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds public session views with their themes and live seat counts. */
@Singleton
class SessionViews {

    private final TableSessionThemeRepository themes;
    private final RegistrationRepository registrations;

    SessionViews(TableSessionThemeRepository themes, RegistrationRepository registrations) {
        this.themes = themes;
        this.registrations = registrations;
    }

    List<TableViews.SessionView> of(List<TableSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> codes = themes.findBySessionIdIn(sessions.stream().map(TableSession::id).toList()).stream()
                .collect(Collectors.groupingBy(TableSessionTheme::sessionId,
                        Collectors.mapping(TableSessionTheme::themaCode, Collectors.toList())));
        return sessions.stream().map(session -> view(session, codes.getOrDefault(session.id(), List.of()))).toList();
    }

    TableViews.SessionView of(TableSession session) {
        return of(List.of(session)).get(0);
    }

    private TableViews.SessionView view(TableSession session, List<String> themeCodes) {
        long confirmed = registrations.countBySessionIdAndStatus(session.id(), Registration.Status.CONFIRMED);
        long waitlisted = registrations.countBySessionIdAndStatus(session.id(), Registration.Status.WAITLISTED);
        return new TableViews.SessionView(session.id(), session.title(), session.description(),
                themeCodes.stream().sorted().toList(), session.startsAt(), session.endsAt(), session.place(),
                session.capacity(), (int) Math.max(0, session.capacity() - confirmed), (int) waitlisted,
                session.facilitator(), session.verslagPublishedAt() != null, session.doelgroep());
    }
}
