package nl.inbreng.common.jobs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface JobLeaseRepository extends CrudRepository<JobLease, String> {

    /** One statement, so two replicas can never both see the lease as free. Answers 1 when taken. */
    @Query(value = """
            UPDATE job_lease SET holder = :holder, leased_until = :until
            WHERE name = :name AND leased_until <= :now""", nativeQuery = true)
    int take(String name, String holder, LocalDateTime now, LocalDateTime until);
}
