package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One action on many inputs at once, in one transaction. Inputs that cannot take the action (unknown, withdrawn)
 * are skipped and listed with the reason, so the analyst sees exactly what happened.
 */
@Singleton
class BulkModerate {

    static final int MAX_IDS = 200;

    /** The result: which inputs changed and which were skipped. */
    @Serdeable
    record Outcome(List<Long> changed, List<Skipped> skipped) {
    }

    /** An input the action was not applied to, with a Dutch reason. */
    @Serdeable
    record Skipped(long id, String reason) {
    }

    private final ChangeVisibility visibility;
    private final RetagSubmission retag;

    BulkModerate(ChangeVisibility visibility, RetagSubmission retag) {
        this.visibility = visibility;
        this.retag = retag;
    }

    @Transactional
    Outcome apply(@Nullable List<Long> ids, @Nullable String action, @Nullable String reasonCode,
                  @Nullable String primary, @Nullable List<String> secondary, long userId) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("ids", "Kies ten minste één inbreng.");
        }
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException("ids", "Kies hoogstens " + MAX_IDS + " inbreng tegelijk.");
        }
        String verb = action == null ? "" : action.strip().toUpperCase(Locale.ROOT);
        List<Long> changed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            if (id == null) {
                continue;
            }
            Object result = switch (verb) {
                case "HIDE" -> visibility.change(id, new ChangeVisibility.Change.Hide(
                        HideReason.parse("reasonCode", reasonCode)), userId);
                case "SPAM" -> visibility.change(id, new ChangeVisibility.Change.MarkSpam(), userId);
                case "RETAG" -> retag.retag(id, primary, secondary, userId);
                default -> throw new InvalidInputException("action", "Kies als actie HIDE, SPAM of RETAG.");
            };
            if (result instanceof ChangeVisibility.Result.Changed || result instanceof RetagSubmission.Result.Retagged) {
                changed.add(id);
            } else if (result instanceof ChangeVisibility.Result.Refused r) {
                skipped.add(new Skipped(id, r.title()));
            } else if (result instanceof RetagSubmission.Result.Refused r) {
                skipped.add(new Skipped(id, r.title()));
            } else {
                skipped.add(new Skipped(id, "Deze inbreng bestaat niet"));
            }
        }
        return new Outcome(changed, skipped);
    }
}
