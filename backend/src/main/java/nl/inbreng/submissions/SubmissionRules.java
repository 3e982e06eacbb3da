package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.common.EmailAddress;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem.FieldError;
import nl.inbreng.rounds.CurrentRounds;
import nl.inbreng.rounds.Round;
import nl.inbreng.themes.ThemeLookup;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a submission request and answers every problem at once, one plain Dutch message per field. The one
 * validator for input from every channel (the stall kiosk and paper entry use it too).
 */
@Singleton
public class SubmissionRules {

    static final int MAX_TEXT = 5000;
    static final List<String> AGE_BANDS = List.of("0-17", "18-29", "30-44", "45-64", "65+");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", DUTCH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    /** A request that passed every rule, with its choices resolved. */
    public record ValidSubmission(List<String> themeCodes, boolean themeUnsure, String problem, @Nullable String solution,
                           @Nullable Area area, @Nullable Round round, Submission.RespondentType respondentType,
                           @Nullable String ageBand, Submission.Channel channel,
                           SubmissionRequest.@Nullable ContactRequest contact) {
    }

    private final ThemeLookup themas;
    private final AreaRepository areas;
    private final CurrentRounds rounds;
    private final Clock clock;

    SubmissionRules(ThemeLookup themas, AreaRepository areas, CurrentRounds rounds, Clock clock) {
        this.themas = themas;
        this.areas = areas;
        this.rounds = rounds;
        this.clock = clock;
    }

    public ValidSubmission check(SubmissionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String problem = trimToNull(request.problem());
        if (problem == null) {
            errors.add(new FieldError("problem", "Vul in wat er speelt."));
        } else if (problem.length() > MAX_TEXT) {
            errors.add(new FieldError("problem", tooLong(problem)));
        }
        String solution = trimToNull(request.solution());
        if (solution != null && solution.length() > MAX_TEXT) {
            errors.add(new FieldError("solution", tooLong(solution)));
        }
        boolean unsure = Boolean.TRUE.equals(request.themeUnsure());
        List<String> themeCodes = checkThemes(request.themeCodes(), unsure, errors);
        Area area = checkArea(request.areaCode(), errors);
        CurrentRounds.ScopedRound round = checkRound(request.roundId(), errors);
        if (round != null) {
            checkThemesInRound(round, themeCodes, errors);
        }
        Submission.RespondentType respondentType = checkRespondentType(request.respondentType(), errors);
        String ageBand = trimToNull(request.ageBand());
        if (ageBand != null && !AGE_BANDS.contains(ageBand)) {
            errors.add(new FieldError("ageBand", "Kies een leeftijdsgroep uit de lijst, of laat dit leeg."));
        }
        Submission.Channel channel = checkChannel(request.channel(), errors);
        SubmissionRequest.ContactRequest contact = checkContact(request.contact(), request.consent(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidSubmission(themeCodes, unsure && themeCodes.isEmpty(), problem, solution, area,
                round == null ? null : round.round(),
                respondentType, ageBand, channel, contact);
    }

    private List<String> checkThemes(@Nullable List<String> codes, boolean unsure, List<FieldError> errors) {
        Set<String> distinct = new LinkedHashSet<>();
        if (codes != null) {
            for (String code : codes) {
                if (code != null && !code.isBlank()) {
                    distinct.add(code.trim());
                }
            }
        }
        if (distinct.isEmpty()) {
            if (!unsure) {
                errors.add(new FieldError("themeCodes", "Kies een of meer onderwerpen, of kies 'Weet ik niet'."));
            }
            return List.of();
        }
        List<String> unknown = distinct.stream().filter(code -> !isPublicTheme(code)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("themeCodes", "Kies onderwerpen uit de lijst. Deze kennen wij niet: "
                    + String.join(", ", unknown.stream().map(SubmissionRules::shorten).toList()) + "."));
        }
        return List.copyOf(distinct);
    }

    private boolean isPublicTheme(String code) {
        return code.length() <= 40 && themas.isPublic(code);
    }

    private @Nullable Area checkArea(@Nullable String code, List<FieldError> errors) {
        String trimmed = trimToNull(code);
        if (trimmed == null) {
            return null;
        }
        Optional<Area> area = trimmed.length() > 60 ? Optional.empty() : areas.findByCode(trimmed);
        if (area.isEmpty()) {
            errors.add(new FieldError("areaCode", "Kies een wijk of kern uit de lijst, of laat dit leeg."));
        }
        return area.orElse(null);
    }

    private CurrentRounds.@Nullable ScopedRound checkRound(@Nullable Long roundId, List<FieldError> errors) {
        if (roundId == null) {
            return null;
        }
        Optional<CurrentRounds.ScopedRound> scoped = rounds.find(roundId);
        Optional<Round> round = scoped.map(CurrentRounds.ScopedRound::round);
        if (round.isEmpty()) {
            errors.add(new FieldError("roundId", "Deze ronde bestaat niet."));
            return null;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(round.get().opensAt())) {
            errors.add(new FieldError("roundId", "Deze ronde gaat open op " + date(round.get().opensAt(), now)
                    + ". Kom dan terug. U kunt nu al wel inbreng geven buiten deze ronde."));
            return null;
        }
        if (!round.get().isOpenAt(now)) {
            errors.add(new FieldError("roundId", "Deze ronde is gesloten sinds " + date(round.get().closesAt(), now)
                    + ". U kunt nog wel inbreng geven buiten deze ronde."));
            return null;
        }
        return scoped.get();
    }

    /** A round with round_theme rows asks only about those themes; a round without rows covers every theme. */
    private void checkThemesInRound(CurrentRounds.ScopedRound round, List<String> themeCodes, List<FieldError> errors) {
        Set<String> scope = new LinkedHashSet<>();
        round.themeCodes().stream().sorted().forEach(scope::add);
        if (scope.isEmpty()) {
            return;
        }
        List<String> outside = themeCodes.stream().filter(code -> !scope.contains(code)).toList();
        if (!outside.isEmpty()) {
            errors.add(new FieldError("themeCodes", "Deze ronde gaat niet over " + String.join(", ",
                    outside.stream().map(SubmissionRules::shorten).toList()) + ". Kies uit de onderwerpen van deze ronde: "
                    + String.join(", ", scope.stream().map(this::label).toList()) + "."));
        }
    }

    private String label(String code) {
        return themas.find(code).map(thema -> thema.name() + " (" + code + ")").orElse(code);
    }

    private static String date(LocalDateTime moment, LocalDateTime now) {
        return (moment.getYear() == now.getYear() ? DAY : DAY_AND_YEAR).format(moment);
    }

    private static Submission.@Nullable RespondentType checkRespondentType(@Nullable String value, List<FieldError> errors) {
        String trimmed = trimToNull(value);
        if (trimmed == null) {
            errors.add(new FieldError("respondentType", "Kies wie u bent, bijvoorbeeld inwoner of ondernemer."));
            return null;
        }
        Optional<Submission.RespondentType> type = Arrays.stream(Submission.RespondentType.values())
                .filter(t -> t.name().equals(trimmed.toUpperCase(Locale.ROOT))).findFirst();
        if (type.isEmpty()) {
            errors.add(new FieldError("respondentType", "Kies wie u bent uit de lijst."));
        }
        return type.orElse(null);
    }

    private static Submission.@Nullable Channel checkChannel(@Nullable String value, List<FieldError> errors) {
        String trimmed = trimToNull(value);
        if (trimmed == null) {
            return Submission.Channel.ONLINE;
        }
        Optional<Submission.Channel> channel = Arrays.stream(Submission.Channel.values())
                .filter(c -> c.name().equals(trimmed.toUpperCase(Locale.ROOT))).findFirst();
        if (channel.isEmpty()) {
            errors.add(new FieldError("channel", "Dit kanaal kennen wij niet. Kies ONLINE, MARKTKRAAM, PAPIER, THEMATAFEL of IMPORT."));
        }
        return channel.orElse(null);
    }

    private static SubmissionRequest.@Nullable ContactRequest checkContact(SubmissionRequest.@Nullable ContactRequest contact,
                                                                          @Nullable Boolean consent, List<FieldError> errors) {
        if (contact == null || contact.isEmpty()) {
            return null;
        }
        String name = trimToNull(contact.name());
        String email = trimToNull(contact.email());
        String phone = trimToNull(contact.phone());
        if (name != null && name.length() > 200) {
            errors.add(new FieldError("contact.name", "Gebruik hoogstens 200 tekens voor uw naam."));
        }
        if (email != null && (email.length() > 254 || !EmailAddress.isValid(email))) {
            errors.add(new FieldError("contact.email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("contact.phone", "Vul een geldig telefoonnummer in, alleen cijfers, zoals 0612345678."));
        }
        if (email == null && phone == null) {
            errors.add(new FieldError("contact.email", "Vul een e-mailadres of telefoonnummer in, of laat uw contactgegevens leeg."));
        }
        if (!Boolean.TRUE.equals(consent)) {
            errors.add(new FieldError("consent",
                    "Geef toestemming dat wij u mogen benaderen over uw inbreng, of laat uw contactgegevens leeg."));
        }
        return new SubmissionRequest.ContactRequest(name, email, phone);
    }

    private static String tooLong(String text) {
        return "Gebruik hoogstens " + MAX_TEXT + " tekens. Nu zijn het er " + text.length() + ".";
    }

    private static String shorten(String code) {
        return code.length() > 20 ? code.substring(0, 20) + "…" : code;
    }

    private static @Nullable String trimToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
