package nl.inbreng.submissions.admin;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shows what an import would do, storing nothing: the first rows as they would be stored, and every refusal. */
@Singleton
class PreviewImport {

    static final int SHOWN_ROWS = 20;

    /** The outcome of a dry run. */
    sealed interface Result {
        record Preview(List<String> columns, int importable, List<ImportPlan.PlannedRow> firstRows,
                       List<ImportPlan.Rejection> rejected, List<String> newThemes) implements Result {
        }
    }

    private final ImportableThemes importableThemes;

    PreviewImport(ImportableThemes importableThemes) {
        this.importableThemes = importableThemes;
    }

    Result preview(TabularFile file, ImportPlan.Columns columns) {
        if (columns.text() == null || columns.text().isBlank()) {
            // The import screen first sends the file alone, to offer its columns for mapping before anything is chosen.
            ImportPlan.requireHeader(file);
            return new Result.Preview(file.header(), 0, List.of(), List.of(), List.of());
        }
        ImportPlan.Plan plan = ImportPlan.make(file, columns, importableThemes.matcher());
        return new Result.Preview(file.header(), plan.rows().size(),
                plan.rows().subList(0, Math.min(SHOWN_ROWS, plan.rows().size())), plan.rejected(), newThemes(plan));
    }

    // Every theme name the import would create, from all rows (not only the rows shown), once each as first written.
    private static List<String> newThemes(ImportPlan.Plan plan) {
        Map<String, String> byKey = new LinkedHashMap<>();
        plan.rows().forEach(row -> row.themes().stream().filter(ThemeMatcher.Named::isNew)
                .forEach(theme -> byKey.putIfAbsent(ThemeMatcher.key(theme.name()), theme.name())));
        return List.copyOf(byKey.values());
    }
}
