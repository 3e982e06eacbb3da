package nl.inbreng.submissions.admin;

import nl.inbreng.accounts.Ownership;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/** The werkgroep moderates input: re-tag, hide with a reason, mark spam, restore, internal notes, bulk actions. */
@Controller("/api/admin/submissions")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
@OwnedBy(Owner.SUBMISSION)
class ModerationController {

    private final RetagSubmission retag;
    private final ChangeVisibility visibility;
    private final AddNote addNote;
    private final ListNotes listNotes;
    private final BulkModerate bulk;
    private final Ownership ownership;

    ModerationController(RetagSubmission retag, ChangeVisibility visibility, AddNote addNote, ListNotes listNotes,
                         BulkModerate bulk, Ownership ownership) {
        this.ownership = ownership;
        this.retag = retag;
        this.visibility = visibility;
        this.addNote = addNote;
        this.listNotes = listNotes;
        this.bulk = bulk;
    }

    @Put("/{id}/themes")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ThemesView.class)))
    HttpResponse<?> retag(@PathVariable long id, @Body ThemesRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        RetagSubmission.Result result = retag.retag(id, request.primary(), request.secondary(), principal.userId());
        if (result instanceof RetagSubmission.Result.Retagged r) {
            return HttpResponse.ok(new ThemesView(id, r.primary(), r.secondary(), r.status()));
        }
        if (result instanceof RetagSubmission.Result.Refused r) {
            return conflict(r.title(), r.detail());
        }
        return notFound();
    }

    @Post("/{id}/hide")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusView.class)))
    HttpResponse<?> hide(@PathVariable long id, @Body HideRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        HideReason reason = HideReason.parse("reasonCode", request.reasonCode());
        return visibility(visibility.change(id, new ChangeVisibility.Change.Hide(reason), principal.userId()));
    }

    @Post("/{id}/spam")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusView.class)))
    HttpResponse<?> spam(@PathVariable long id, @Parameter(hidden = true) AdminPrincipal principal) {
        return visibility(visibility.change(id, new ChangeVisibility.Change.MarkSpam(), principal.userId()));
    }

    @Post("/{id}/restore")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusView.class)))
    HttpResponse<?> restore(@PathVariable long id, @Parameter(hidden = true) AdminPrincipal principal) {
        return visibility(visibility.change(id, new ChangeVisibility.Change.Restore(), principal.userId()));
    }

    @Get("/{id}/notes")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = NoteView.class))))
    HttpResponse<?> notes(@PathVariable long id) {
        ListNotes.Result result = listNotes.list(id);
        if (result instanceof ListNotes.Result.Found found) {
            return HttpResponse.ok(found.notes());
        }
        return notFound();
    }

    @Post("/{id}/notes")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NoteView.class)))
    HttpResponse<?> addNote(@PathVariable long id, @Body NoteRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        AddNote.Result result = addNote.add(id, request.text(), principal);
        if (result instanceof AddNote.Result.Added added) {
            return HttpResponse.created(added.note());
        }
        return notFound();
    }

    @Post("/bulk")
    BulkModerate.Outcome bulk(@Body BulkRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        ownership.require(Owner.SUBMISSION, request.ids() == null ? List.of() : request.ids());
        return bulk.apply(request.ids(), request.action(), request.reasonCode(), request.primary(), request.secondary(),
                principal.userId());
    }

    private static HttpResponse<?> visibility(ChangeVisibility.Result result) {
        if (result instanceof ChangeVisibility.Result.Changed changed) {
            return HttpResponse.ok(new StatusView(changed.id(), changed.status()));
        }
        if (result instanceof ChangeVisibility.Result.Refused refused) {
            return conflict(refused.title(), refused.detail());
        }
        return notFound();
    }

    private static HttpResponse<?> conflict(String title, String detail) {
        return HttpResponse.status(HttpStatus.CONFLICT).body(Problem.of(409, title, detail))
                .contentType(Problem.MEDIA_TYPE);
    }

    private static HttpResponse<?> notFound() {
        return HttpResponse.notFound(Problem.of(404, "Deze inbreng bestaat niet",
                "Misschien is het nummer verkeerd of is de inbreng verwijderd.")).contentType(Problem.MEDIA_TYPE);
    }

    @Serdeable
    record ThemesRequest(@Nullable String primary, @Nullable List<String> secondary) {
    }

    @Serdeable
    record ThemesView(long id, String primary, List<String> secondary, String status) {
    }

    @Serdeable
    record HideRequest(@Nullable String reasonCode) {
    }

    @Serdeable
    record NoteRequest(@Nullable String text) {
    }

    @Serdeable
    record StatusView(long id, String status) {
    }

    @Serdeable
    record BulkRequest(@Nullable List<Long> ids, @Nullable String action, @Nullable String reasonCode,
                       @Nullable String primary, @Nullable List<String> secondary) {
    }
}
