package nl.inbreng.tables.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.tables.Registration;
import nl.inbreng.tables.RegistrationRepository;
import nl.inbreng.tables.TableOutcome;
import nl.inbreng.tables.TableOutcomeRepository;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;

import java.time.LocalDateTime;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Facilitator mode: plan a thematafel, tick off attendance, record outcomes per theme and publish the verslag. */
@Controller("/api/admin/tables")
@RequiresRole({Role.FACILITATOR, Role.BEHEERDER})
@OwnedBy(Owner.TABLE_SESSION)
class FacilitatorController {

    private final TableSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TableOutcomeRepository outcomes;
    private final SubmissionRepository submissions;
    private final CreateTableSession createTableSession;
    private final MarkAttendance markAttendance;
    private final RecordTableOutcome recordTableOutcome;
    private final PublishVerslag publishVerslag;
    private final UpdateTableSession updateTableSession;
    private final PlannedSessions plannedSessions;

    FacilitatorController(TableSessionRepository sessions, RegistrationRepository registrations,
                          TableOutcomeRepository outcomes, SubmissionRepository submissions,
                          CreateTableSession createTableSession, MarkAttendance markAttendance,
                          RecordTableOutcome recordTableOutcome, PublishVerslag publishVerslag,
                          UpdateTableSession updateTableSession, PlannedSessions plannedSessions) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.submissions = submissions;
        this.createTableSession = createTableSession;
        this.markAttendance = markAttendance;
        this.recordTableOutcome = recordTableOutcome;
        this.publishVerslag = publishVerslag;
        this.updateTableSession = updateTableSession;
        this.plannedSessions = plannedSessions;
    }

    /** Every thematafel, soonest first, with all planning fields and the seats taken. */
    @Get
    List<PlannedSessions.PlannedSession> all() {
        return plannedSessions.all();
    }

    @Post
    HttpResponse<PlannedSessions.PlannedSession> create(@Body FacilitatorRequests.NewSession request) {
        TableSession session = createTableSession.create(request);
        return HttpResponse.created(plannedSessions.of(session));
    }

    /** Staff change date, time, place, capacity, themes, doelgroep or round; registrations stay. */
    @Put("/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlannedSessions.PlannedSession.class)))
    HttpResponse<?> update(@PathVariable Long id, @Body FacilitatorRequests.NewSession request) {
        UpdateTableSession.Result result = updateTableSession.update(id, request);
        if (result instanceof UpdateTableSession.Result.Updated updated) {
            return HttpResponse.ok(plannedSessions.of(updated.session()));
        }
        return notFound();
    }

    @Get("/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    HttpResponse<?> session(@PathVariable Long id) {
        TableSession session = sessions.findById(id).orElse(null);
        if (session == null) {
            return notFound();
        }
        List<Participant> participants = registrations.findBySessionIdOrderById(id).stream()
                .filter(registration -> registration.status() != Registration.Status.CANCELLED)
                .map(registration -> new Participant(registration.id(), registration.name(), registration.organisation(),
                        registration.accessNeeds(), registration.status().name(), registration.attended()))
                .toList();
        List<OutcomeView> recorded = outcomes.findBySessionIdOrderById(id).stream().map(this::view).toList();
        return HttpResponse.ok(new SessionDetail(session.id(), session.title(), session.startsAt(), session.endsAt(),
                session.place(), session.capacity(), session.facilitator(), participants, recorded, session.verslag(),
                session.verslagPublishedAt()));
    }

    @Put("/{id}/registrations/{registrationId}/attendance")
    @ApiResponse(responseCode = "204", description = "Attendance recorded")
    HttpResponse<?> attendance(@PathVariable Long id, @PathVariable Long registrationId,
                               @Body FacilitatorRequests.Attendance request) {
        return markAttendance.mark(id, registrationId, request.attended())
                .<HttpResponse<?>>map(registration -> HttpResponse.noContent())
                .orElseGet(FacilitatorController::notFound);
    }

    @Post("/{id}/outcomes")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    HttpResponse<?> outcome(@PathVariable Long id, @Body FacilitatorRequests.Outcome request) {
        RecordTableOutcome.Result result = recordTableOutcome.record(id, request);
        if (result instanceof RecordTableOutcome.Result.Recorded recorded) {
            return HttpResponse.created(view(recorded.outcome()));
        }
        return notFound();
    }

    @Put("/{id}/verslag")
    @ApiResponse(responseCode = "204", description = "Verslag published")
    HttpResponse<?> verslag(@PathVariable Long id, @Body FacilitatorRequests.Verslag request) {
        return publishVerslag.publish(id, request)
                .<HttpResponse<?>>map(session -> HttpResponse.noContent())
                .orElseGet(FacilitatorController::notFound);
    }

    private OutcomeView view(TableOutcome outcome) {
        var submission = submissions.findById(outcome.submissionId()).orElseThrow();
        return new OutcomeView(outcome.id(), outcome.submissionId(), outcome.themaCode(), submission.problem(),
                submission.solution(), outcome.priorityRank(), outcome.advice());
    }

    private static HttpResponse<?> notFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(Problem.of(404, "Niet gevonden",
                "Deze thematafel of inschrijving bestaat niet (meer).")).contentType(Problem.MEDIA_TYPE);
    }

    /** Someone on the list at the table. */
    @Serdeable
    record Participant(Long id, String name, @Nullable String organisation, @Nullable String accessNeeds, String status,
                       @Nullable Boolean attended) {
    }

    /** One recorded theme outcome. */
    @Serdeable
    record OutcomeView(Long id, Long submissionId, String themeCode, @Nullable String problem, @Nullable String solution,
                       @Nullable Integer priorityRank, @Nullable String advice) {
    }

    /** Everything the facilitator needs at the table. */
    @Serdeable
    record SessionDetail(Long id, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place, int capacity,
                         @Nullable String facilitator, List<Participant> participants, List<OutcomeView> outcomes,
                         @Nullable String verslag, @Nullable LocalDateTime verslagPublishedAt) {
    }
}
