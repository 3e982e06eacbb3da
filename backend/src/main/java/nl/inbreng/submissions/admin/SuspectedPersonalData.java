package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The one shared answer to "may this input's text be shown outside its own detail page?": false while it holds a
 * piece that {@link RedactionDetector} suspects of being personal data and nobody has reviewed it yet. Today a
 * suspect counts as reviewed only once it is removed (the text then reads "[verwijderd]" and the detector no longer
 * sees it); a per-piece review (kept / removed) can answer here as well. Used by cluster summaries to skip quotes.
 */
@Singleton
public class SuspectedPersonalData {

    /** True when {@code text} (problem and solution of input {@code submissionId}) holds an unreviewed suspect. */
    public boolean hasUnreviewedSuspects(long submissionId, @Nullable String text) {
        return text != null && !RedactionDetector.detect(text).isEmpty();
    }
}
