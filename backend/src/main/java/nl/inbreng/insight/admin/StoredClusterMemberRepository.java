package nl.inbreng.insight.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoredClusterMemberRepository extends CrudRepository<StoredClusterMember, Long> {

    List<StoredClusterMember> findByClusterIdOrderBySubmissionId(Long clusterId);

    List<StoredClusterMember> findByClusterIdInOrderBySubmissionId(Collection<Long> clusterIds);

    List<StoredClusterMember> findByClusterIdInAndSubmissionIdIn(Collection<Long> clusterIds, Collection<Long> submissionIds);

    @Query("UPDATE clustering_member SET cluster_id = :to WHERE cluster_id = :from")
    void moveAll(Long from, Long to);

    void deleteByClusterId(Long clusterId);
}
