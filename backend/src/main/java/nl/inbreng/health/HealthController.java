package nl.inbreng.health;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.search.SearchIndex;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * GET /health: 200 {"status":"UP"} only when the database answers and the search index is usable and complete; 503
 * {"status":"REBUILDING", indexed, total} while the index is rebuilt from the database (ADR 0111), else 503 DOWN.
 */
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
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Health.class)))
    @ApiResponse(responseCode = "503", content = @Content(schema = @Schema(implementation = Rebuilding.class)))
    HttpResponse<?> health() {
        if (!databaseAnswers() || !searchIndex.isUsable()) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
        }
        if (searchIndex.isRebuilding()) {
            SearchIndex.RebuildProgress progress = searchIndex.rebuildProgress();
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Rebuilding("REBUILDING", progress.done(), progress.total()));
        }
        if (!searchIndex.isReady()) {
            // started with an index from disk and still applying the changes other replicas made meanwhile
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("CATCHING_UP"));
        }
        return HttpResponse.ok(new Health("UP"));
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

    /** Inputs indexed so far out of all inputs, while the index is rebuilt. */
    @Serdeable
    record Rebuilding(String status, long indexed, long total) {
    }
}
