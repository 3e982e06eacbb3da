package nl.inbreng.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.util.function.Function;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The opbrengstennotitie for the council of one round, as PDF or as editable Word document. */
@Controller("/api/admin/reports")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class ReportsController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final GatherOpbrengsten gather;
    private final OpbrengstenPdf pdf;
    private final OpbrengstenDocx docx;

    ReportsController(GatherOpbrengsten gather, OpbrengstenPdf pdf, OpbrengstenDocx docx) {
        this.gather = gather;
        this.pdf = pdf;
        this.docx = docx;
    }

    /** {@code clusteringId} picks a stored clustering; without it the round's latest curated one is used, if any. */
    @Get(value = "/opbrengsten.pdf", produces = "application/pdf")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> pdf(@QueryValue long round, @Nullable @QueryValue Long clusteringId) {
        return render(round, clusteringId, pdf::render, "application/pdf", "pdf");
    }

    @Get(value = "/opbrengsten.docx", produces = DOCX)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> docx(@QueryValue long round, @Nullable @QueryValue Long clusteringId) {
        return render(round, clusteringId, docx::render, DOCX, "docx");
    }

    private HttpResponse<?> render(long round, @Nullable Long clusteringId, Function<OpbrengstenNotitie, byte[]> renderer,
                                   String type, String extension) {
        GatherOpbrengsten.Result result = gather.gather(round, clusteringId);
        if (result instanceof GatherOpbrengsten.Result.ClusteringNotFound) {
            return HttpResponse.notFound().body(Problem.of(404, "Deze indeling bestaat niet",
                    "Kies een opgeslagen indeling van deze ronde, of laat de indeling weg.")).contentType(Problem.MEDIA_TYPE);
        }
        if (result instanceof GatherOpbrengsten.Result.Gathered gathered) {
            return HttpResponse.ok(renderer.apply(gathered.notitie()))
                    .contentType(MediaType.of(type))
                    .header("Content-Disposition", "attachment; filename=\"opbrengstennotitie-ronde-" + round + "." + extension + "\"");
        }
        return HttpResponse.notFound().body(Problem.of(404, "Deze ronde bestaat niet",
                "Kies een ronde die bestaat en maak de notitie opnieuw.")).contentType(Problem.MEDIA_TYPE);
    }
}
