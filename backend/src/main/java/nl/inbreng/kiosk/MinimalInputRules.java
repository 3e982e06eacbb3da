package nl.inbreng.kiosk;

import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.submissions.Submission;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kiosk's own copy of the public form's rules, written while the public submission use case was built in
 * parallel; meant to be replaced by that one shared validator.
 */
@Singleton
class MinimalInputRules implements InputRules {

    static final int MAX_TEXT = 5000;
    static final int MAX_THEMES = 5;

    private final ThemaRepository themas;
    private final AreaRepository areas;

    MinimalInputRules(ThemaRepository themas, AreaRepository areas) {
        this.themas = themas;
        this.areas = areas;
    }

    @Override
    public ValidInput check(InputForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String problem = trimmed(form.problem());
        String solution = trimmed(form.solution());
        if (problem == null) {
            errors.add(new Problem.FieldError("problem", "Vul in wat er speelt."));
        } else if (problem.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("problem", "Gebruik hoogstens " + MAX_TEXT + " tekens."));
        }
        if (solution != null && solution.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("solution", "Gebruik hoogstens " + MAX_TEXT + " tekens."));
        }
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(form.themeCodes() == null ? List.of() : form.themeCodes()));
        if (codes.size() > MAX_THEMES) {
            errors.add(new Problem.FieldError("themeCodes", "Kies hoogstens " + MAX_THEMES + " onderwerpen."));
        }
        for (String code : codes) {
            Optional<Thema> thema = code == null ? Optional.empty() : themas.findById(code);
            if (thema.isEmpty() || !thema.get().active() || thema.get().kind() == Thema.ThemaKind.IMPORT) {
                errors.add(new Problem.FieldError("themeCodes", "Kies een onderwerp uit de lijst."));
                break;
            }
        }
        Long areaId = null;
        String areaCode = trimmed(form.areaCode());
        if (areaCode != null) {
            Optional<Area> area = areas.findByCode(areaCode);
            if (area.isEmpty()) {
                errors.add(new Problem.FieldError("areaCode", "Kies een wijk of kern uit de lijst."));
            } else {
                areaId = area.get().id();
            }
        }
        Submission.RespondentType respondentType = Submission.RespondentType.INWONER;
        String type = trimmed(form.respondentType());
        if (type != null) {
            try {
                respondentType = Submission.RespondentType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("respondentType", "Kies wie u bent uit de lijst."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidInput(List.copyOf(codes), problem, solution, areaId, respondentType);
    }

    private static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
