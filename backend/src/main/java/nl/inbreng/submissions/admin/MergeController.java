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

/** The werkgroep merges near-duplicates into one input (keeping their count), undoes that, and finds candidates. */
@Controller("/api/admin/submissions")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
@OwnedBy(Owner.SUBMISSION)
class MergeController {

    private final MergeSubmissions merge;
    private final UnmergeSubmission unmerge;
    private final NearDuplicateCandidates candidates;

    private final Ownership ownership;

    MergeController(MergeSubmissions merge, UnmergeSubmission unmerge, NearDuplicateCandidates candidates,
                    Ownership ownership) {
        this.ownership = ownership;
        this.merge = merge;
        this.unmerge = unmerge;
        this.candidates = candidates;
    }

    @Post("/{id}/merge")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MergedView.class)))
    HttpResponse<?> merge(@PathVariable long id, @Body MergeRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        ownership.require(Owner.SUBMISSION, request.ids() == null ? List.of() : request.ids());
        MergeSubmissions.Result result = merge.merge(id, request.ids(), principal.userId());
        if (result instanceof MergeSubmissions.Result.Merged m) {
            return HttpResponse.ok(new MergedView(m.id(), m.duplicates(), m.count()));
        }
        if (result instanceof MergeSubmissions.Result.Refused r) {
            return conflict(r.title(), r.detail());
        }
        return notFound();
    }

    @Post("/{id}/unmerge")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnmergedView.class)))
    HttpResponse<?> unmerge(@PathVariable long id, @Parameter(hidden = true) AdminPrincipal principal) {
        UnmergeSubmission.Result result = unmerge.unmerge(id, principal.userId());
        if (result instanceof UnmergeSubmission.Result.Unmerged u) {
            return HttpResponse.ok(new UnmergedView(u.id(), u.mergedInto(), u.status()));
        }
        if (result instanceof UnmergeSubmission.Result.Refused r) {
            return conflict(r.title(), r.detail());
        }
        return notFound();
    }

    @Get("/{id}/near-duplicates")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = NearDuplicateCandidates.Candidate.class))))
    HttpResponse<?> nearDuplicates(@PathVariable long id) {
        NearDuplicateCandidates.Result result = candidates.find(id);
        if (result instanceof NearDuplicateCandidates.Result.Found found) {
            return HttpResponse.ok(found.candidates());
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
    record MergeRequest(@Nullable List<Long> ids) {
    }

    /** {@code count}: the input itself plus every duplicate merged into it. */
    @Serdeable
    record MergedView(long id, List<Long> duplicates, int count) {
    }

    @Serdeable
    record UnmergedView(long id, long mergedInto, String status) {
    }
}
