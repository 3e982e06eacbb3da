package nl.inbreng.insight.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoredClusterRepository extends CrudRepository<StoredCluster, Long> {

    Optional<StoredCluster> findByIdAndClusteringId(Long id, Long clusteringId);

    List<StoredCluster> findByClusteringIdOrderByPosition(Long clusteringId);
}
