package nl.inbreng.tables.admin;

import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Publishes (or corrects) the short report; registered participants then read it through their link. */
@Singleton
class PublishVerslag {

    private final TableSessionRepository sessions;
    private final Clock clock;

    PublishVerslag(TableSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Optional<TableSession> publish(Long sessionId, FacilitatorRequests.Verslag request) {
        String text = Texts.clean(request.text());
        if (text == null) {
            throw new InvalidInputException("text", "Schrijf een kort verslag.");
        }
        if (text.length() > 10000) {
            throw new InvalidInputException("text", "Gebruik hoogstens 10000 tekens.");
        }
        return sessions.findById(sessionId)
                .map(session -> sessions.update(session.withVerslag(text, LocalDateTime.now(clock.withZone(TableSession.ZONE)))));
    }
}
