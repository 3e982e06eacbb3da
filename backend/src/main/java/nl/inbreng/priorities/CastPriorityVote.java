package nl.inbreng.priorities;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem.FieldError;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.RoundOfInput;
import nl.inbreng.submissions.Submission;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A resident ranks up to three themes; the vote is anonymous and stored as given, in a round (RoundOfInput). */
@Singleton
class CastPriorityVote {

    /** The stored vote. */
    sealed interface Result {
        record Cast(long id) implements Result {
        }
    }

    static final int MAX_THEMES = 3;

    private final PriorityVoteRepository votes;
    private final PriorityVoteThemeRepository voteThemes;
    private final ThemaRepository themas;
    private final RoundRepository rounds;
    private final RoundOfInput roundOfInput;
    private final Clock clock;

    CastPriorityVote(PriorityVoteRepository votes, PriorityVoteThemeRepository voteThemes, ThemaRepository themas,
                     RoundRepository rounds, RoundOfInput roundOfInput, Clock clock) {
        this.votes = votes;
        this.voteThemes = voteThemes;
        this.themas = themas;
        this.rounds = rounds;
        this.roundOfInput = roundOfInput;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction, so the vote and its ranks land together. */
    Result cast(PriorityRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = request.themeCodes() == null ? List.of()
                : request.themeCodes().stream().map(c -> c == null ? "" : c.trim()).toList();
        if (codes.isEmpty()) {
            errors.add(new FieldError("themeCodes", "Kies minstens één onderwerp dat u belangrijk vindt."));
        } else if (codes.size() > MAX_THEMES) {
            errors.add(new FieldError("themeCodes", "Kies hoogstens " + MAX_THEMES + " onderwerpen."));
        } else if (new HashSet<>(codes).size() != codes.size()) {
            errors.add(new FieldError("themeCodes", "Kies elk onderwerp maar één keer."));
        } else if (!codes.stream().allMatch(this::isPublicTheme)) {
            errors.add(new FieldError("themeCodes", "Kies onderwerpen uit de lijst."));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (request.roundId() != null) {
            Optional<Round> round = rounds.findById(request.roundId());
            if (round.isEmpty()) {
                errors.add(new FieldError("roundId", "Deze ronde bestaat niet."));
            } else if (!round.get().isOpenAt(now)) {
                errors.add(new FieldError("roundId", "Deze ronde is gesloten. U kunt nu geen prioriteiten meer kiezen."));
            }
        }
        Submission.RespondentType type = respondentType(request.respondentType(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Without a round of its own the vote counts in the round open for the voter's group (a resident's by default).
        Long roundId = request.roundId() != null ? request.roundId()
                : roundOfInput.find(null, type == null ? Submission.RespondentType.INWONER : type, codes, now)
                .map(Round::id).orElse(null);
        PriorityVote vote = votes.save(new PriorityVote(null, roundId, type, now));
        for (int i = 0; i < codes.size(); i++) {
            voteThemes.save(new PriorityVoteTheme(null, vote.id(), i + 1, codes.get(i)));
        }
        return new Result.Cast(vote.id());
    }

    private boolean isPublicTheme(String code) {
        return code.length() <= 40 && themas.findById(code)
                .filter(t -> t.active() && t.kind() != Thema.ThemaKind.IMPORT).isPresent();
    }

    private static Submission.@Nullable RespondentType respondentType(@Nullable String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<Submission.RespondentType> type = Arrays.stream(Submission.RespondentType.values())
                .filter(t -> t.name().equals(value.trim().toUpperCase(Locale.ROOT))).findFirst();
        if (type.isEmpty()) {
            errors.add(new FieldError("respondentType", "Kies wie u bent uit de lijst, of laat dit leeg."));
        }
        return type.orElse(null);
    }
}
