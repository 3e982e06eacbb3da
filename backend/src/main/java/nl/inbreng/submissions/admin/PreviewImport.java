package nl.inbreng.submissions.admin;

import jakarta.inject.Singleton;

import java.util.List;

/** Shows what an import would do, storing nothing: the first rows as they would be stored, and every refusal. */
@Singleton
class PreviewImport {

    static final int SHOWN_ROWS = 20;

    /** The outcome of a dry run. */
    sealed interface Result {
        record Preview(List<String> columns, int importable, List<ImportPlan.PlannedRow> firstRows,
                       List<ImportPlan.Rejection> rejected) implements Result {
        }
    }

    private final ImportableThemes importableThemes;

    PreviewImport(ImportableThemes importableThemes) {
        this.importableThemes = importableThemes;
    }

    Result preview(TabularFile file, ImportPlan.Columns columns) {
        ImportPlan.Plan plan = ImportPlan.make(file, columns, importableThemes.matcher());
        return new Result.Preview(file.header(), plan.rows().size(),
                plan.rows().subList(0, Math.min(SHOWN_ROWS, plan.rows().size())), plan.rejected());
    }
}
