package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.submissions.Submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, without storing anything, what an import would do with each row: which become inputs (with which text,
 * themes and respondent type) and which are refused, with the line number and a Dutch reason. Import and preview
 * share it, so the preview shows exactly what the import will do.
 */
final class ImportPlan {

    static final int MAX_TEXT = 5000;
    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_THEME_NAME = 200;

    /** The column names the werkgroep chose; only the text column is required. */
    record Columns(@Nullable String text, @Nullable String theme, @Nullable String id, @Nullable String respondent,
                   @Nullable String solution) {
    }

    /** A row that will become an input. */
    record PlannedRow(int line, String problem, @Nullable String solution, @Nullable String externalId,
                      Submission.RespondentType respondentType, List<ThemeMatcher.Named> themes) {
    }

    /** A row that will not be imported, and why. */
    @Serdeable
    record Rejection(int line, String reason) {
    }

    record Plan(List<PlannedRow> rows, List<Rejection> rejected) {
    }

    private ImportPlan() {
    }

    static void requireHeader(TabularFile file) {
        if (file.header().isEmpty()) {
            throw new InvalidInputException("file", "Het bestand is leeg. Stuur een bestand met een kopregel en daaronder de inbreng.");
        }
    }

    static Plan make(TabularFile file, Columns columns, ThemeMatcher themes) {
        requireHeader(file);
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer text = column("textColumn", columns.text(), file.header(), true, errors);
        Integer theme = column("themeColumn", columns.theme(), file.header(), false, errors);
        Integer id = column("idColumn", columns.id(), file.header(), false, errors);
        Integer respondent = column("respondentColumn", columns.respondent(), file.header(), false, errors);
        Integer solution = column("solutionColumn", columns.solution(), file.header(), false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<PlannedRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        file.broken().forEach(b -> rejected.add(new Rejection(b.line(), b.reason())));
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (TabularFile.Row row : file.rows()) {
            String problem = row.cell(text).strip();
            String solutionText = solution == null ? null : emptyToNull(row.cell(solution).strip());
            String externalId = id == null ? null : emptyToNull(row.cell(id).strip());
            Optional<String> reason = Optional.empty();
            if (problem.isEmpty()) {
                reason = Optional.of("Er staat geen tekst in kolom '" + file.header().get(text) + "'. Vul de tekst in of laat de regel weg.");
            } else if (problem.length() > MAX_TEXT) {
                reason = Optional.of(tooLong(file.header().get(text), problem));
            } else if (solutionText != null && solutionText.length() > MAX_TEXT) {
                reason = Optional.of(tooLong(file.header().get(solution), solutionText));
            } else if (externalId != null && externalId.length() > MAX_EXTERNAL_ID) {
                reason = Optional.of("Het nummer in kolom '" + file.header().get(id) + "' is te lang: gebruik hoogstens "
                        + MAX_EXTERNAL_ID + " tekens.");
            } else if (externalId != null && firstLineOfId.containsKey(externalId)) {
                reason = Optional.of("Het nummer '" + externalId + "' staat al op regel " + firstLineOfId.get(externalId)
                        + ". Geef elke regel een eigen nummer.");
            }
            Submission.RespondentType type = Submission.RespondentType.ANDERS;
            if (reason.isEmpty() && respondent != null) {
                Optional<Submission.RespondentType> found = respondentType(row.cell(respondent));
                if (found.isEmpty()) {
                    reason = Optional.of("Kies in kolom '" + file.header().get(respondent)
                            + "' inwoner, ondernemer, professional, jongere of anders (of laat het leeg).");
                } else {
                    type = found.get();
                }
            }
            List<ThemeMatcher.Named> named = theme == null ? List.of() : themes.match(row.cell(theme));
            if (reason.isEmpty() && named.stream().anyMatch(n -> n.name().length() > MAX_THEME_NAME)) {
                reason = Optional.of("Een thema in kolom '" + file.header().get(theme) + "' is te lang: gebruik hoogstens "
                        + MAX_THEME_NAME + " tekens per thema.");
            }
            if (reason.isPresent()) {
                rejected.add(new Rejection(row.line(), reason.get()));
                continue;
            }
            if (externalId != null) {
                firstLineOfId.put(externalId, row.line());
            }
            rows.add(new PlannedRow(row.line(), problem, solutionText, externalId, type, named));
        }
        rejected.sort(Comparator.comparingInt(Rejection::line));
        return new Plan(rows, rejected);
    }

    private static Integer column(String parameter, @Nullable String name, List<String> header, boolean required,
                                  List<Problem.FieldError> errors) {
        if (name == null || name.isBlank()) {
            if (required) {
                errors.add(new Problem.FieldError(parameter, "Kies de kolom met de tekst van de inbreng. Kolommen in dit bestand: "
                        + String.join(", ", header) + "."));
            }
            return null;
        }
        String wanted = ThemeMatcher.key(name);
        for (int i = 0; i < header.size(); i++) {
            if (ThemeMatcher.key(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        errors.add(new Problem.FieldError(parameter, "De kolom '" + name.strip() + "' staat niet in de kopregel. Kolommen in dit bestand: "
                + String.join(", ", header) + "."));
        return null;
    }

    private static Optional<Submission.RespondentType> respondentType(String cell) {
        String value = cell.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.of(Submission.RespondentType.ANDERS);
        }
        return Arrays.stream(Submission.RespondentType.values()).filter(t -> t.name().equals(value)).findFirst();
    }

    private static String tooLong(String column, String text) {
        return "De tekst in kolom '" + column + "' is te lang: gebruik hoogstens " + MAX_TEXT + " tekens. Nu zijn het er "
                + text.length() + ".";
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
