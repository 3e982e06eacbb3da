package nl.inbreng.tables.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.themes.ThemaRepository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.time.LocalDateTime;

/** The rules a planned thematafel meets, shared by planning a new one and changing one; Dutch messages per field. */
@Singleton
class SessionRules {

    private final ThemaRepository themas;
    private final RoundRepository rounds;

    private final VisibleGemeenten visible;

    SessionRules(ThemaRepository themas, RoundRepository rounds, VisibleGemeenten visible) {
        this.visible = visible;
        this.themas = themas;
        this.rounds = rounds;
    }

    /** A session that passed the rules; the round, when given, exists. */
    record ValidSession(String title, @Nullable String description, List<String> themeCodes, LocalDateTime startsAt,
                        LocalDateTime endsAt, String place, int capacity, @Nullable String facilitator,
                        @Nullable Round round, @Nullable Round.Doelgroep doelgroep) {
    }

    ValidSession check(FacilitatorRequests.NewSession request, List<Problem.FieldError> errors) {
        String title = Texts.clean(request.title());
        String place = Texts.clean(request.place());
        String description = Texts.clean(request.description());
        String facilitator = Texts.clean(request.facilitator());
        if (title == null || title.length() > 200) {
            errors.add(new Problem.FieldError("title", "Vul een titel in van hoogstens 200 tekens."));
        }
        if (description != null && description.length() > 5000) {
            errors.add(new Problem.FieldError("description", "Gebruik hoogstens 5000 tekens voor de uitleg."));
        }
        if (request.startsAt() == null) {
            errors.add(new Problem.FieldError("startsAt", "Vul de datum en de begintijd in."));
        }
        if (request.endsAt() == null || (request.startsAt() != null && !request.endsAt().isAfter(request.startsAt()))) {
            errors.add(new Problem.FieldError("endsAt", "Vul een eindtijd in die na de begintijd ligt."));
        }
        if (place == null || place.length() > 200) {
            errors.add(new Problem.FieldError("place", "Vul de plek in (hoogstens 200 tekens)."));
        }
        if (request.capacity() == null || request.capacity() < 1 || request.capacity() > 500) {
            errors.add(new Problem.FieldError("capacity", "Vul het aantal plaatsen in: van 1 tot 500."));
        }
        if (facilitator != null && facilitator.length() > 200) {
            errors.add(new Problem.FieldError("facilitator", "Gebruik hoogstens 200 tekens voor de gespreksleider."));
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>(request.themeCodes() == null ? List.of() : request.themeCodes());
        if (codes.isEmpty()) {
            errors.add(new Problem.FieldError("themeCodes", "Kies minstens één thema."));
        } else if (!codes.stream().allMatch(code -> code != null && themas.existsById(code))) {
            errors.add(new Problem.FieldError("themeCodes", "Kies alleen thema's uit de lijst."));
        }
        Round.Doelgroep doelgroep = null;
        String typed = Texts.clean(request.doelgroep());
        if (typed != null) {
            doelgroep = Arrays.stream(Round.Doelgroep.values()).filter(value -> value.name().equals(typed)).findFirst().orElse(null);
            if (doelgroep == null) {
                errors.add(new Problem.FieldError("doelgroep", "Kies voor wie de thematafel is uit de lijst."));
            }
        }
        Round round = null;
        if (request.roundId() != null) {
            // A round of a gemeente the account does not see is as absent as one that does not exist (ADR 0170).
            round = rounds.findById(request.roundId()).filter(found -> visible.current().sees(found.gemeenteId())).orElse(null);
            if (round == null) {
                errors.add(new Problem.FieldError("roundId", "Deze ronde bestaat niet. Kies een ronde uit de lijst."));
            }
        }
        return new ValidSession(title, description, List.copyOf(codes), request.startsAt(), request.endsAt(), place,
                request.capacity() == null ? 0 : request.capacity(), facilitator, round, doelgroep);
    }

    static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(errors));
        }
    }
}
