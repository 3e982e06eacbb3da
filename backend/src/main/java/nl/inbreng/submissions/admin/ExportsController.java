package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.search.SearchQuery;

import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The inbox as a spreadsheet, with the inbox's own filters. Every call is written to the audit log by the audit
 * trail filter (paths with "/export"), including its query string, so an export with contact details is traceable.
 */
@Controller("/api/admin/exports")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class ExportsController {

    private final ExportSubmissions exportSubmissions;

    ExportsController(ExportSubmissions exportSubmissions) {
        this.exportSubmissions = exportSubmissions;
    }

    @Get("/submissions.csv")
    @SuppressWarnings("java:S107") // the inbox's query parameters
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> csv(@Parameter(hidden = true) AdminPrincipal principal, @QueryValue @Nullable String q, @QueryValue @Nullable String theme,
                        @QueryValue @Nullable String veld, @QueryValue @Nullable String channel,
                        @QueryValue @Nullable String area, @QueryValue @Nullable String round,
                        @QueryValue @Nullable String respondentType, @QueryValue @Nullable String status,
                        @QueryValue @Nullable String unsure, @QueryValue @Nullable String from,
                        @QueryValue @Nullable String to, @QueryValue @Nullable String sort,
                        @QueryValue @Nullable Boolean includeContact) {
        SearchQuery query = InboxParameters.parse(q, theme, veld, channel, area, round, respondentType, status, unsure,
                from, to, sort, null, null);
        return answer(exportSubmissions.export(query, Boolean.TRUE.equals(includeContact), principal),
                SpreadsheetWriter::csv, "text/csv; charset=utf-8", "csv");
    }

    @Get("/submissions.xlsx")
    @SuppressWarnings("java:S107") // the inbox's query parameters
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> xlsx(@Parameter(hidden = true) AdminPrincipal principal, @QueryValue @Nullable String q, @QueryValue @Nullable String theme,
                         @QueryValue @Nullable String veld, @QueryValue @Nullable String channel,
                         @QueryValue @Nullable String area, @QueryValue @Nullable String round,
                         @QueryValue @Nullable String respondentType, @QueryValue @Nullable String status,
                         @QueryValue @Nullable String unsure, @QueryValue @Nullable String from,
                         @QueryValue @Nullable String to, @QueryValue @Nullable String sort,
                         @QueryValue @Nullable Boolean includeContact) {
        SearchQuery query = InboxParameters.parse(q, theme, veld, channel, area, round, respondentType, status, unsure,
                from, to, sort, null, null);
        return answer(exportSubmissions.export(query, Boolean.TRUE.equals(includeContact), principal),
                SpreadsheetWriter::xlsx, XlsxTable.MEDIA_TYPE, "xlsx");
    }

    private static HttpResponse<?> answer(ExportSubmissions.Result result,
                                          SheetWriter writer, String contentType, String extension) {
        if (result instanceof ExportSubmissions.Result.Rows rows) {
            return HttpResponse.ok(writer.write(rows.header(), rows.rows())).contentType(contentType)
                    .header("Content-Disposition", "attachment; filename=\"inbreng-" + LocalDate.now() + "." + extension + "\"")
                    .header("Cache-Control", "no-store");
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(Problem.of(403,
                "Alleen een beheerder mag contactgegevens meenemen",
                "Exporteer zonder contactgegevens, of vraag een beheerder.")).contentType(Problem.MEDIA_TYPE);
    }

    /** A writer from header and rows to file bytes. */
    @FunctionalInterface
    interface SheetWriter {
        byte[] write(List<String> header, List<List<String>> rows);
    }
}
