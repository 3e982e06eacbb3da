package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;
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
    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository submissionThemes;
    private final ThemaRepository themas;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    @SuppressWarnings("java:S107") // one collaborator per table this use case writes
    ImportSubmissions(ImportableThemes importableThemes, DataImportRepository imports, ImportedSubmissionRepository links,
                      SubmissionRepository submissions, SubmissionThemeRepository submissionThemes, ThemaRepository themas,
                      SubmissionIndexer indexer, Clock clock) {
        this.importableThemes = importableThemes;
        this.imports = imports;
        this.links = links;
        this.submissions = submissions;
        this.submissionThemes = submissionThemes;
        this.themas = themas;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Transactional
    Result run(TabularFile file, ImportPlan.Columns columns, @Nullable String fileName, long userId) {
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
            Submission submission = submissions.save(new Submission(null, null, null, null, null, row.problem(),
                    row.solution(), row.respondentType(), null, Submission.Channel.IMPORT,
                    Submission.SubmissionStatus.NIEUW, codes.isEmpty(), now, now, null));
            boolean primary = true;
            for (String code : codes) {
                submissionThemes.save(new SubmissionTheme(null, submission.id(), code, primary));
                primary = false;
            }
            links.save(new ImportedSubmission(null, stored.id(), submission.id(), row.line(), row.externalId()));
            indexer.index(submission.id());
            ids.add(submission.id());
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
