package nl.inbreng.kiosk.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.kiosk.Kraammoment;
import nl.inbreng.kiosk.KraammomentRepository;
import nl.inbreng.common.Tokens;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.RoundOfInput;
import nl.inbreng.submissions.Submission;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A beheerder plans a stall day; the unlock code is shown once, here, and stored only as a hash. */
@Singleton
class CreateKraammoment {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KraammomentRepository moments;
    private final GemeenteRepository gemeenten;
    private final RoundRepository rounds;
    private final RoundOfInput roundOfInput;
    private final PasswordHasher hasher;
    private final Clock clock;

    private final VisibleGemeenten visible;

    CreateKraammoment(KraammomentRepository moments, GemeenteRepository gemeenten, RoundRepository rounds,
                      RoundOfInput roundOfInput, PasswordHasher hasher, Clock clock, VisibleGemeenten visible) {
        this.visible = visible;
        this.moments = moments;
        this.gemeenten = gemeenten;
        this.rounds = rounds;
        this.roundOfInput = roundOfInput;
        this.hasher = hasher;
        this.clock = clock;
    }

    record Created(Kraammoment moment, String unlockCode) {
    }

    /**
     * Without a round of its own the stall day belongs to the round open on that day for residents in its gemeente
     * (RoundOfInput); with none open it has no round and each input finds its own when it is stored.
     */
    Created create(@Nullable String name, @Nullable String place, @Nullable LocalDate date, @Nullable String gemeenteCode,
                   @Nullable Long roundId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String cleanName = required(name, "name", "Vul een naam in, bijvoorbeeld \"Weekmarkt woensdag 12 oktober\".", errors);
        String cleanPlace = required(place, "place", "Vul de plek in, bijvoorbeeld \"Marktplein\".", errors);
        if (date == null) {
            errors.add(new Problem.FieldError("date", "Vul de datum in."));
        }
        Long gemeenteId = null;
        if (gemeenteCode != null && !gemeenteCode.isBlank()) {
            // A gemeente the account does not see is not on its list (ADR 0170).
            gemeenteId = gemeenten.findByCode(gemeenteCode.strip()).map(Gemeente::id)
                    .filter(id -> visible.current().sees(id)).orElse(null);
            if (gemeenteId == null) {
                errors.add(new Problem.FieldError("gemeenteCode", "Kies een gemeente uit de lijst."));
            }
        }
        // A round of a gemeente the account does not see is as absent as one that does not exist (ADR 0170).
        Round chosen = roundId == null ? null
                : rounds.findById(roundId).filter(r -> visible.current().sees(r.gemeenteId())).orElse(null);
        if (roundId != null && chosen == null) {
            errors.add(new Problem.FieldError("roundId", "Kies een ronde uit de lijst, of laat dit leeg."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (gemeenteId == null && chosen != null) {
            // a round of one gemeente: the stall stands there, so the paper form lists that gemeente's areas
            gemeenteId = chosen.gemeenteId();
        }
        if (gemeenteId == null) {
            gemeenteId = visible.current().homeGemeente().orElse(null);
        }
        Long round = roundId != null ? roundId : roundOfInput.find(gemeenteId, Submission.RespondentType.INWONER, List.of(),
                date.atTime(LocalTime.NOON)).map(Round::id).orElse(null);
        String code = unlockCode();
        Kraammoment saved = moments.save(new Kraammoment(null, gemeenteId, cleanName, cleanPlace, date,
                Tokens.random(18), hasher.hash(code), LocalDateTime.now(clock), round));
        return new Created(saved, code);
    }

    /** Six digits: easy to type on a tablet; guessing is stopped by the unlock attempt limit. */
    private static String unlockCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static String required(@Nullable String text, String field, String message, List<Problem.FieldError> errors) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            errors.add(new Problem.FieldError(field, message));
        } else if (clean.length() > 200) {
            errors.add(new Problem.FieldError(field, "Gebruik hoogstens 200 tekens."));
        }
        return clean;
    }
}
