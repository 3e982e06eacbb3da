package nl.inbreng.tables;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import nl.inbreng.common.Problem;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Public thematafels: GET /api/v1/tables (coming sessions) and registration for one of them. */
@Controller("/api/v1/tables")
class TablesController {

    private final TableSessionRepository sessions;
    private final SessionViews views;
    private final RegisterForTable registerForTable;
    private final Clock clock;

    TablesController(TableSessionRepository sessions, SessionViews views, RegisterForTable registerForTable, Clock clock) {
        this.sessions = sessions;
        this.views = views;
        this.registerForTable = registerForTable;
        this.clock = clock;
    }

    @Get
    List<TableViews.SessionView> comingSessions() {
        return views.of(sessions.findByEndsAtGreaterThanOrderByStartsAt(LocalDateTime.now(clock.withZone(TableSession.ZONE))));
    }

    @Get("/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TableViews.SessionView.class)))
    HttpResponse<?> session(@PathVariable Long id) {
        return sessions.findById(id)
                .<HttpResponse<?>>map(session -> HttpResponse.ok(views.of(session)))
                .orElseGet(TablesController::sessionNotFound);
    }

    @Post("/{id}/registrations")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TableViews.RegisteredView.class)))
    HttpResponse<?> register(@PathVariable Long id, @Body RegistrationRequest request) {
        RegisterForTable.Result result = registerForTable.register(id, request);
        if (result instanceof RegisterForTable.Result.Registered registered) {
            boolean confirmed = registered.confirmed();
            String message = confirmed
                    ? "U bent ingeschreven. U krijgt een e-mail met een uitnodiging voor uw agenda."
                    : "De thematafel is vol. U staat op de wachtlijst op plaats " + registered.waitlistPosition()
                      + ". Komt er een plek vrij, dan krijgt u een e-mail.";
            return HttpResponse.created(new TableViews.RegisteredView(registered.registration().status().name(),
                    registered.token(), confirmed ? null : registered.waitlistPosition(), message));
        }
        if (result instanceof RegisterForTable.Result.AlreadyRegistered) {
            return problem(HttpStatus.CONFLICT, "U bent al ingeschreven",
                    "Met dit e-mailadres is al iemand ingeschreven voor deze thematafel. Kijk in uw e-mail voor de link naar uw inschrijving.");
        }
        if (result instanceof RegisterForTable.Result.SessionStarted) {
            return problem(HttpStatus.CONFLICT, "Inschrijven kan niet meer",
                    "Deze thematafel is al begonnen of voorbij. Kies een andere thematafel.");
        }
        return sessionNotFound();
    }

    private static HttpResponse<?> sessionNotFound() {
        return problem(HttpStatus.NOT_FOUND, "Thematafel niet gevonden", "Deze thematafel bestaat niet (meer).");
    }

    static HttpResponse<?> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.status(status).body(Problem.of(status.getCode(), title, detail)).contentType(Problem.MEDIA_TYPE);
    }
}
