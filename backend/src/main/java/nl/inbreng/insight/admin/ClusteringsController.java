package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;

/** Clustering of a filtered set of inputs for analysts (POST /api/admin/clusterings in CONTRACT.md). */
@Controller("/api/admin/clusterings")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class ClusteringsController {

    private final CreateClustering createClustering;

    ClusteringsController(CreateClustering createClustering) {
        this.createClustering = createClustering;
    }

    /** {@code clusters} empty means "choose the number yourself". */
    @Serdeable
    record ClusteringRequest(@Nullable ClusteringFilter filter, @Nullable Integer clusters) {
    }

    @Post
    HttpResponse<ClusteringView> create(@Body ClusteringRequest request) {
        ClusteringFilter filter = request.filter() == null ? new ClusteringFilter(null, null, null, null, null)
                : request.filter();
        CreateClustering.Result result = createClustering.create(filter, request.clusters());
        CreateClustering.Result.Created created = (CreateClustering.Result.Created) result;
        return HttpResponse.ok(created.clustering());
    }
}
