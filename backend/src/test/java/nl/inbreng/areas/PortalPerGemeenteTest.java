package nl.inbreng.areas;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public portal per gemeente (ADR 0170): through the trial path {@code /g/<code>} (and, the same way, a gemeente's
 * own host name) the portal shows that gemeente's name, areas and rounds, and input given there belongs to it; without
 * either, everything stays as it was.
 */
class PortalPerGemeenteTest extends RealDatabaseTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    GemeenteRepository gemeenten;
    @Inject
    AreaRepository areas;
    @Inject
    GemeenteHosts hosts;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.http.client.follow-redirects", "false"); // to read the trial path's own answer
    }

    Gemeente p;
    Gemeente q;
    Area areaP;
    Area areaQ;

    @BeforeAll
    void twoGemeenten() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        p = gemeenten.save(new Gemeente(null, "portaal-p-" + suffix, "Polderdam", null));
        q = gemeenten.save(new Gemeente(null, "portaal-q-" + suffix, "Quakenburg", null));
        areaP = areas.save(new Area(null, p.id(), "p-centrum-" + suffix, "Centrum Polderdam", Area.AreaKind.WIJK, null, 0));
        areaQ = areas.save(new Area(null, q.id(), "q-centrum-" + suffix, "Centrum Quakenburg", Area.AreaKind.WIJK, null, 0));
        setHost(p.id(), "inbreng.polderdam-" + suffix + ".example");
    }

    @Test
    void aGemeentesHostNameLeadsToIt() {
        assertEquals(p.id(), hosts.gemeenteOf(hosts.hostOf(p.id()).orElseThrow().toUpperCase()).orElseThrow());
    }

    @Test
    void aChangedHostNameAnswersAtOnceAndTheOldOneNoLonger() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        setInTransaction(q.id(), "eerste.quakenburg-" + suffix + ".example");
        assertEquals(Optional.of(q.id()), hosts.gemeenteOf("eerste.quakenburg-" + suffix + ".example"));

        setInTransaction(q.id(), "tweede.quakenburg-" + suffix + ".example");
        assertEquals(Optional.empty(), hosts.gemeenteOf("eerste.quakenburg-" + suffix + ".example"));
        assertEquals(Optional.of(q.id()), hosts.gemeenteOf("tweede.quakenburg-" + suffix + ".example"));
        hosts.refresh(); // what the database holds agrees with what the replica already answered
        assertEquals(Optional.of(q.id()), hosts.gemeenteOf("tweede.quakenburg-" + suffix + ".example"));
        setInTransaction(q.id(), null);
        assertEquals(Optional.empty(), hosts.gemeenteOf("tweede.quakenburg-" + suffix + ".example"));
    }

    @Test
    void theTrialPathOpensTheGemeentesOwnPortal() {
        Cookie chosen = trialPath(p.code());

        Map<String, Object> identity = client.toBlocking().retrieve(with(chosen, HttpRequest.GET("/api/v1/identity")), JSON);
        List<Map<String, Object>> listed = client.toBlocking().retrieve(with(chosen, HttpRequest.GET("/api/v1/areas")),
                Argument.listOf(JSON));

        assertEquals(p.code(), identity.get("gemeenteCode"));
        assertEquals("Gemeente Polderdam", identity.get("name"));
        assertTrue(listed.stream().anyMatch(area -> areaP.code().equals(area.get("code"))));
        assertTrue(listed.stream().noneMatch(area -> areaQ.code().equals(area.get("code"))), "Q's areas are not P's");
        assertTrue(listed.stream().allMatch(area -> "Polderdam".equals(area.get("gemeente"))));
    }

    @Test
    void inputGivenOnAGemeentesPortalBelongsToIt() throws SQLException {
        Cookie chosen = trialPath(q.code());

        Map<String, Object> given = client.toBlocking().retrieve(with(chosen, HttpRequest.POST("/api/v1/submissions",
                Map.of("themeCodes", List.of("4.1"), "problem", "Op de dijk wordt veel te hard gereden door auto's.",
                        "respondentType", "INWONER"))), JSON);

        assertEquals(q.id(), gemeenteOf(((Number) given.get("id")).longValue()));
    }

    @Test
    void withoutAHostOrTrialPathThePortalIsAsBefore() {
        List<Map<String, Object>> listed = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/areas"),
                Argument.listOf(JSON));

        assertTrue(listed.stream().anyMatch(area -> areaP.code().equals(area.get("code"))));
        assertTrue(listed.stream().anyMatch(area -> areaQ.code().equals(area.get("code"))));
        assertTrue(listed.stream().noneMatch(area -> area.containsKey("gemeenteId")), "the contract's fields only");
    }

    @Test
    void anUnknownGemeenteOnTheTrialPathIsNotFound() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.GET("/g/bestaat-niet-" + UUID.randomUUID()), String.class));
        assertEquals(404, e.getStatus().getCode());
    }

    private Cookie trialPath(String code) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/g/" + code), String.class);
        assertEquals(303, response.code());
        assertEquals("/", response.header("Location"));
        return response.getCookie(PortalGemeente.COOKIE).orElseThrow();
    }

    private static <T> MutableHttpRequest<T> with(Cookie chosen, MutableHttpRequest<T> request) {
        return request.cookie(Cookie.of(PortalGemeente.COOKIE, chosen.getValue()));
    }

    /** As the gemeente management does: the host name changes inside the transaction that changes the gemeente. */
    private void setInTransaction(long gemeenteId, String host) {
        transactions.executeWrite(status -> {
            hosts.set(gemeenteId, host);
            return null;
        });
    }

    private void setHost(long gemeenteId, String host) {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement update = connection.prepareStatement("UPDATE gemeente SET host = ? WHERE id = ?")) {
            update.setString(1, host);
            update.setLong(2, gemeenteId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        hosts.refresh(); // requests read the host names from memory; the scheduled read would take up to 10 s
    }

    private static long gemeenteOf(long submissionId) throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("SELECT gemeente_id FROM submission WHERE id = ?")) {
            query.setLong(1, submissionId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
