package nl.inbreng.insight.admin;

import nl.inbreng.accounts.Ownership;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Clustering of a filtered set of inputs for analysts (POST /api/admin/clusterings in CONTRACT.md) and its curation. */
@Controller("/api/admin/clusterings")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
@OwnedBy(Owner.CLUSTERING)
class ClusteringsController {

    private final CreateClustering createClustering;
    private final CurateCluster curateCluster;
    private final MergeClusters mergeClusters;
    private final MoveInputs moveInputs;
    private final SplitCluster splitCluster;
    private final AssignNewInputs assignNewInputs;
    private final AcceptNewInputs acceptNewInputs;
    private final RefreshClustering refreshClustering;
    private final StoredClusterings storedClusterings;

    private final Ownership ownership;

    ClusteringsController(CreateClustering createClustering, CurateCluster curateCluster, MergeClusters mergeClusters,
                          MoveInputs moveInputs, SplitCluster splitCluster, AssignNewInputs assignNewInputs,
                          AcceptNewInputs acceptNewInputs, RefreshClustering refreshClustering,
                          StoredClusterings storedClusterings, Ownership ownership) {
        this.ownership = ownership;
        this.createClustering = createClustering;
        this.curateCluster = curateCluster;
        this.mergeClusters = mergeClusters;
        this.moveInputs = moveInputs;
        this.splitCluster = splitCluster;
        this.assignNewInputs = assignNewInputs;
        this.acceptNewInputs = acceptNewInputs;
        this.refreshClustering = refreshClustering;
        this.storedClusterings = storedClusterings;
    }

    /** {@code clusters} empty means "choose the number yourself". */
    @Serdeable
    record ClusteringRequest(@Nullable ClusteringFilter filter, @Nullable Integer clusters) {
    }

    @Serdeable
    record CurateRequest(@Nullable String label, @Nullable Boolean pinned) {
    }

    @Serdeable
    record MergeRequest(List<Long> clusterIds, @Nullable String label) {
    }

    @Serdeable
    record MoveRequest(List<Long> submissionIds, long toClusterId) {
    }

    /** {@code submissionIds} empty or left out means "split automatically in two"; {@code label} names the new cluster. */
    @Serdeable
    record SplitRequest(long clusterId, @Nullable List<Long> submissionIds, @Nullable String label) {
    }

    @Serdeable
    record SplitAnswer(CuratedCluster created, CuratedCluster remaining) {
    }

    @Serdeable
    record AcceptRequest(List<Long> submissionIds) {
    }

    @Serdeable
    record AssignAnswer(int assigned, int toOverig) {
    }

    @Serdeable
    record AcceptAnswer(int accepted) {
    }

    /** Stored clusterings, newest first, optionally of one round. */
    @Get
    List<StoredClusteringView.Summary> list(@Nullable @QueryValue Long round) {
        return storedClusterings.list(round);
    }

    @Get("/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoredClusteringView.class)))
    HttpResponse<?> show(@PathVariable long id) {
        return storedClusterings.view(id).<HttpResponse<?>>map(HttpResponse::ok).orElseGet(ClusteringsController::notFound);
    }

    @Post("/{id}/splits")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SplitAnswer.class)))
    HttpResponse<?> split(@PathVariable long id, @Body SplitRequest request) {
        SplitCluster.Result result = splitCluster.split(id, request.clusterId(), request.submissionIds(), request.label());
        if (result instanceof SplitCluster.Result.Split split) {
            return HttpResponse.ok(new SplitAnswer(split.created(), split.remaining()));
        }
        return notFound();
    }

    /** "Nieuwe inbreng indelen": inputs of the filter that are not in the clustering yet join the nearest cluster. */
    @Post("/{id}/assignments")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssignAnswer.class)))
    HttpResponse<?> assign(@PathVariable long id) {
        AssignNewInputs.Result result = assignNewInputs.assign(id);
        if (result instanceof AssignNewInputs.Result.Assigned assigned) {
            return HttpResponse.ok(new AssignAnswer(assigned.assigned(), assigned.toOverig()));
        }
        return notFound();
    }

    @Post("/{id}/accepts")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AcceptAnswer.class)))
    HttpResponse<?> accept(@PathVariable long id, @Body AcceptRequest request) {
        AcceptNewInputs.Result result = acceptNewInputs.accept(id, request.submissionIds());
        if (result instanceof AcceptNewInputs.Result.Accepted accepted) {
            return HttpResponse.ok(new AcceptAnswer(accepted.accepted()));
        }
        return notFound();
    }

    /** Clusters the filter again in place; pinned clusters keep their label and members. */
    @Post("/{id}/refreshes")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StoredClusteringView.class)))
    HttpResponse<?> refresh(@PathVariable long id) {
        RefreshClustering.Result result = refreshClustering.refresh(id);
        if (result instanceof RefreshClustering.Result.Refreshed) {
            return show(id);
        }
        return notFound();
    }

    @Post
    HttpResponse<ClusteringView> create(@Body ClusteringRequest request) {
        ClusteringFilter filter = request.filter() == null ? new ClusteringFilter(null, null, null, null, null)
                : request.filter();
        // A round of another gemeente is as absent as one that does not exist (ADR 0170).
        ownership.require(Owner.ROUND, filter.round());
        CreateClustering.Result result = createClustering.create(filter, request.clusters());
        CreateClustering.Result.Created created = (CreateClustering.Result.Created) result;
        return HttpResponse.ok(created.clustering());
    }

    /** Rename and/or pin a cluster. */
    @Patch("/{id}/clusters/{clusterId}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CuratedCluster.class)))
    HttpResponse<?> curate(@PathVariable long id, @PathVariable long clusterId, @Body CurateRequest request) {
        CurateCluster.Result result = curateCluster.curate(id, clusterId, request.label(), request.pinned());
        if (result instanceof CurateCluster.Result.Curated curated) {
            return HttpResponse.ok(curated.cluster());
        }
        return notFound();
    }

    @Post("/{id}/merges")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CuratedCluster.class)))
    HttpResponse<?> merge(@PathVariable long id, @Body MergeRequest request) {
        MergeClusters.Result result = mergeClusters.merge(id, request.clusterIds(), request.label());
        if (result instanceof MergeClusters.Result.Merged merged) {
            return HttpResponse.ok(merged.cluster());
        }
        return notFound();
    }

    @Post("/{id}/moves")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CuratedCluster.class)))
    HttpResponse<?> move(@PathVariable long id, @Body MoveRequest request) {
        MoveInputs.Result result = moveInputs.move(id, request.submissionIds(), request.toClusterId());
        if (result instanceof MoveInputs.Result.Moved moved) {
            return HttpResponse.ok(moved.cluster());
        }
        return notFound();
    }

    private static HttpResponse<?> notFound() {
        return HttpResponse.notFound().body(Problem.of(404, "Deze groep bestaat niet",
                "De indeling of groep is niet gevonden. Maak de indeling opnieuw of kies een andere groep."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
