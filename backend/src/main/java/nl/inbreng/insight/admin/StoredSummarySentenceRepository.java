package nl.inbreng.insight.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoredSummarySentenceRepository extends CrudRepository<StoredSummarySentence, Long> {

    void deleteByClusterId(Long clusterId);

    List<StoredSummarySentence> findByClusterIdOrderByPosition(Long clusterId);
}
