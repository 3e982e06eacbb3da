package nl.inbreng.kiosk.admin;

import nl.inbreng.accounts.GemeenteScope;
import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.kiosk.InputForm;
import nl.inbreng.kiosk.Kraammoment;
import nl.inbreng.kiosk.KraammomentRepository;

import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Beheerders plan stall days; they and stall staff (KRAAM) print the paper form and type in filled-in forms. */
@Controller("/api/admin/kraammomenten")
@RequiresRole(Role.BEHEERDER)
@OwnedBy(Owner.KRAAMMOMENT)
class KraammomentAdminController {

    private final CreateKraammoment createKraammoment;
    private final KraammomentRepository moments;
    private final PaperForm paperForm;
    private final EnterPaperForm enterPaperForm;

    private final VisibleGemeenten visible;

    KraammomentAdminController(CreateKraammoment createKraammoment, KraammomentRepository moments, PaperForm paperForm,
                               EnterPaperForm enterPaperForm, VisibleGemeenten visible) {
        this.visible = visible;
        this.createKraammoment = createKraammoment;
        this.moments = moments;
        this.paperForm = paperForm;
        this.enterPaperForm = enterPaperForm;
    }

    @Serdeable
    record CreateRequest(@Nullable String name, @Nullable String place, @Nullable LocalDate date, @Nullable String gemeenteCode,
                         @Nullable Long roundId) {
    }

    /** The unlock code appears in this answer only; afterwards only its hash exists. */
    @Serdeable
    record CreatedResponse(long id, String name, String place, LocalDate date, String kioskToken, String kioskPath, String unlockCode,
                           @Nullable Long roundId) {
    }

    @Serdeable
    record EnteredResponse(long id) {
    }

    @Post
    HttpResponse<CreatedResponse> create(@Body CreateRequest request) {
        CreateKraammoment.Created created = createKraammoment.create(request.name(), request.place(), request.date(), request.gemeenteCode(),
                request.roundId());
        Kraammoment moment = created.moment();
        return HttpResponse.created(new CreatedResponse(moment.id(), moment.name(), moment.place(), moment.heldOn(),
                moment.kioskToken(), "/kraam?kiosk=" + moment.kioskToken(), created.unlockCode(), moment.roundId()));
    }

    @Get
    @RequiresRole({Role.BEHEERDER, Role.KRAAM})
    List<KraammomentRepository.KraammomentListItem> list() {
        GemeenteScope scope = visible.current();
        return moments.listWithCounts().stream().filter(moment -> scope.sees(moment.gemeenteId())).toList();
    }

    @RequiresRole({Role.BEHEERDER, Role.KRAAM})
    @Get(value = "/{id}/paper-form.pdf", produces = "application/pdf")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> paperForm(@PathVariable long id) {
        return moments.findById(id).<HttpResponse<?>>map(moment -> HttpResponse.ok(paperForm.render(moment))
                        .contentType(MediaType.of("application/pdf"))
                        .header("Content-Disposition", "inline; filename=\"inbreng-papier-" + moment.id() + ".pdf\""))
                .orElseGet(KraammomentAdminController::unknown);
    }

    @RequiresRole({Role.BEHEERDER, Role.KRAAM})
    @Post("/{id}/paper-submissions")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EnteredResponse.class)))
    HttpResponse<?> enterPaper(@PathVariable long id, @Header("Idempotency-Key") @Nullable String key, @Body InputForm form) {
        EnterPaperForm.Result result = enterPaperForm.enter(id, key, form);
        if (result instanceof EnterPaperForm.Entered entered) {
            return HttpResponse.created(new EnteredResponse(entered.submissionId()));
        }
        return unknown();
    }

    private static HttpResponse<?> unknown() {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .body(Problem.of(404, "Dit kraammoment bestaat niet", "Kies een kraammoment uit de lijst."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
