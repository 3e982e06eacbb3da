package nl.inbreng.health;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.search.SearchIndex;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** GET /health: 200 UP only when both the database and the search index can be used. */
@Controller("/health")
class HealthController {

    private final DataSource dataSource;
    private final SearchIndex searchIndex;

    HealthController(DataSource dataSource, SearchIndex searchIndex) {
        // The injected DataSource only hands out connections inside a transaction; health needs its own.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.searchIndex = searchIndex;
    }

    @Get
    HttpResponse<Health> health() {
        boolean up = databaseAnswers() && searchIndex.isUsable();
        return up ? HttpResponse.ok(new Health("UP")) : HttpResponse.<Health>serverError().status(503).body(new Health("DOWN"));
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Serdeable
    record Health(String status) {
    }
}
