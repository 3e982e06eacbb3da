package nl.inbreng.rounds;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The "this is what we did with your input" mails that a published round summary sets off. The feedback feature
 * sends them (FeedbackMailOutbox); rounds only starts them and shows where they stand, so it asks through this
 * interface and does not depend on feedback, which itself reads rounds and submissions.
 */
public interface SummaryMails {

    /** Queues the round's mails in the caller's transaction; answers how many were queued. */
    int enqueue(long roundId);

    Overview overview(long roundId);

    // The schema keeps the name it had when this record lived in FeedbackMailOutbox: the frontend's generated types
    // (frontend/src/shared/api/openapi.yml) name it so.
    /** Where the mails of one round stand, for the beheerder's screen. Counts only, never addresses. */
    @Serdeable
    @Schema(name = "FeedbackMailOutbox.Overview")
    record Overview(boolean mailConfigured, long waiting, long sent, long failed, long lapsed, int notYetQueued) {
    }
}
