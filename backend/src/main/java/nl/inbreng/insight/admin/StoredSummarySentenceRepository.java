package nl.inbreng.insight.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoredSummarySentenceRepository extends CrudRepository<StoredSummarySentence, Long> {

    void deleteByClusterId(Long clusterId);
}
