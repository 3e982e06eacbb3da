package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The werkgroep brings in input from a spreadsheet (CSV or Excel), after an optional dry run. */
@Controller("/api/admin/imports")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class ImportsController {

    // Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)" in this code page, not UTF-8.
    private static final Charset EXCEL_LEGACY = Charset.forName("windows-1252");

    private final ImportSubmissions importSubmissions;
    private final PreviewImport previewImport;

    ImportsController(ImportSubmissions importSubmissions, PreviewImport previewImport) {
        this.importSubmissions = importSubmissions;
        this.previewImport = previewImport;
    }

    // Any content type is let in and sniffed here: a spreadsheet arrives as text/csv, text/plain, octet-stream or the
    // Excel type depending on browser and tool, and a 415 from routing would come before the role check.
    @Post(consumes = MediaType.ALL)
    @SuppressWarnings("java:S107") // the contract's query parameters
    HttpResponse<ImportView> create(@Parameter(hidden = true) AdminPrincipal principal, @Body byte[] body,
                                    @Header("Content-Type") @Nullable String contentType,
                                    @QueryValue @Nullable String textColumn, @QueryValue @Nullable String themeColumn,
                                    @QueryValue @Nullable String idColumn, @QueryValue @Nullable String respondentColumn,
                                    @QueryValue @Nullable String solutionColumn, @QueryValue @Nullable String fileName,
                                    @QueryValue @Nullable Long roundId) {
        ImportPlan.Columns columns = new ImportPlan.Columns(textColumn, themeColumn, idColumn, respondentColumn, solutionColumn);
        ImportSubmissions.Result result = importSubmissions.run(read(body, contentType), columns, fileName, roundId,
                principal.userId());
        ImportSubmissions.Result.Imported imported = (ImportSubmissions.Result.Imported) result;
        return HttpResponse.created(new ImportView(imported.importId(), imported.ids().size(), imported.ids(),
                imported.rejected(), imported.themes().stream().map(t -> new ThemeView(t.code(), t.name())).toList()));
    }

    // Without textColumn the answer holds only the file's columns, so the screen can offer them for mapping.
    @Post(value = "/preview", consumes = MediaType.ALL)
    PreviewView preview(@Body byte[] body, @Header("Content-Type") @Nullable String contentType,
                        @QueryValue @Nullable String textColumn, @QueryValue @Nullable String themeColumn,
                        @QueryValue @Nullable String idColumn, @QueryValue @Nullable String respondentColumn,
                        @QueryValue @Nullable String solutionColumn) {
        ImportPlan.Columns columns = new ImportPlan.Columns(textColumn, themeColumn, idColumn, respondentColumn, solutionColumn);
        PreviewImport.Result.Preview preview = (PreviewImport.Result.Preview) previewImport.preview(read(body, contentType), columns);
        return new PreviewView(preview.columns(), preview.importable(), preview.firstRows().stream().map(RowView::of).toList(),
                preview.rejected(), preview.newThemes());
    }

    static TabularFile read(byte[] body, @Nullable String contentType) {
        boolean excel = (contentType != null && contentType.startsWith(XlsxTable.MEDIA_TYPE)) || XlsxTable.looksLikeWorkbook(body);
        if (excel) {
            return XlsxTable.parse(body).orElseThrow(() -> new InvalidInputException("file",
                    "Dit Excel-bestand kunnen wij niet lezen. Sla het op als .xlsx of als CSV en probeer het opnieuw."));
        }
        return CsvTable.parse(decode(body));
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, EXCEL_LEGACY);
        }
    }

    /** The contract's answer, plus the themes this import created. */
    @Serdeable
    record ImportView(long importId, int imported, List<Long> ids, List<ImportPlan.Rejection> rejected,
                      List<ThemeView> newThemes) {
    }

    @Serdeable
    record ThemeView(@Nullable String code, String name) {
    }

    /** A theme as the preview shows it: known (with code) or to be created (isNew). */
    @Serdeable
    record PreviewTheme(@Nullable String code, String name, boolean isNew) {
    }

    @Serdeable
    record RowView(int line, String problem, @Nullable String solution, @Nullable String externalId,
                   String respondentType, List<PreviewTheme> themes) {
        static RowView of(ImportPlan.PlannedRow row) {
            return new RowView(row.line(), row.problem(), row.solution(), row.externalId(), row.respondentType().name(),
                    row.themes().stream().map(t -> new PreviewTheme(t.code(), t.name(), t.isNew())).toList());
        }
    }

    @Serdeable
    record PreviewView(List<String> columns, int importable, List<RowView> rows, List<ImportPlan.Rejection> rejected,
                       List<String> newThemes) {
    }
}
