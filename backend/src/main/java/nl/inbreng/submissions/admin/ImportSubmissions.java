package nl.inbreng.submissions.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.NewInput;
import nl.inbreng.submissions.StoreInput;
import nl.inbreng.submissions.Submission;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores the rows of a spreadsheet as inputs with channel IMPORT, in one transaction: the import record, new themes
 * for names nobody knew yet (kind IMPORT, codes "I.&lt;import&gt;.&lt;n&gt;"), the inputs with their themes, and
 * the link from each input to its line. Refused rows change nothing.
 */
@Singleton
class ImportSubmissions {

    /** What the import did. */
    sealed interface Result {
        record Imported(long importId, List<Long> ids, List<ImportPlan.Rejection> rejected,
                        List<NewTheme> themes) implements Result {
        }
    }

    /** A theme this import created. */
    record NewTheme(String code, String name) {
    }

    private static final int IMPORT_THEME_POSITION = 10_000;

    private final ImportableThemes importableThemes;
    private final DataImportRepository imports;
    private final ImportedSubmissionRepository links;
    private final StoreInput storeInput;
    private final ThemaRepository themas;
    private final RoundRepository rounds;
    private final Clock clock;

    private final VisibleGemeenten visible;

    ImportSubmissions(ImportableThemes importableThemes, DataImportRepository imports, ImportedSubmissionRepository links,
                      StoreInput storeInput, ThemaRepository themas, RoundRepository rounds, Clock clock,
                      VisibleGemeenten visible) {
        this.visible = visible;
        this.importableThemes = importableThemes;
        this.imports = imports;
        this.links = links;
        this.storeInput = storeInput;
        this.themas = themas;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Transactional
    Result run(TabularFile file, ImportPlan.Columns columns, @Nullable String fileName, @Nullable Long roundId, long userId) {
        if (roundId != null && rounds.findById(roundId).filter(r -> visible.current().sees(r.gemeenteId())).isEmpty()) {
            throw new InvalidInputException("roundId", "Deze ronde bestaat niet. Kies een ronde uit de lijst, of laat dit leeg.");
        }
        ImportPlan.Plan plan = ImportPlan.make(file, columns, importableThemes.matcher());
        LocalDateTime now = LocalDateTime.now(clock);
        DataImport stored = imports.save(new DataImport(null, shorten(fileName), userId, now, 0, 0));
        Map<String, String> newCodeByKey = new LinkedHashMap<>();
        List<NewTheme> created = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (ImportPlan.PlannedRow row : plan.rows()) {
            Set<String> codes = new LinkedHashSet<>();
            for (ThemeMatcher.Named named : row.themes()) {
                if (!named.isNew()) {
                    codes.add(named.code());
                    continue;
                }
                String code = newCodeByKey.computeIfAbsent(ThemeMatcher.key(named.name()), key -> {
                    String newCode = "I." + stored.id() + "." + (created.size() + 1);
                    themas.save(new Thema(newCode, null, named.name(), null, null, null, null, Thema.ThemaKind.IMPORT,
                            IMPORT_THEME_POSITION + created.size(), true));
                    created.add(new NewTheme(newCode, named.name()));
                    return newCode;
                });
                codes.add(code);
            }
            long submissionId = storeInput.store(NewInput.builder()
                    .problem(row.problem())
                    .solution(row.solution())
                    .themeCodes(List.copyOf(codes))
                    .respondentType(row.respondentType())
                    .channel(Submission.Channel.IMPORT)
                    // an imported file may hold last month's survey: any round may be named; without one, the open one
                    .roundId(roundId)
                    // without a round: the gemeente of the account that imports (ADR 0170)
                    .gemeenteId(roundId == null ? visible.current().homeGemeente().orElse(null) : null)
                    .createdAt(now)
                    .build()).submissionId();
            links.save(new ImportedSubmission(null, stored.id(), submissionId, row.line(), row.externalId()));
            ids.add(submissionId);
        }
        imports.update(stored.withCounts(ids.size(), plan.rejected().size()));
        return new Result.Imported(stored.id(), ids, plan.rejected(), created);
    }

    private static @Nullable String shorten(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.strip();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
