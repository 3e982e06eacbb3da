package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.common.Problem;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The public page of one round (GET /api/v1/rounds/{slug}) and an organisation's advice in it. */
@Controller("/api/v1/rounds")
class RoundPageController {

    private final RoundBySlugRepository rounds;
    private final RoundThemeRepository roundThemes;
    private final CheckInvitationCode checkInvitationCode;
    private final RoundInvitationRepository invitations;
    private final Clock clock;

    RoundPageController(RoundBySlugRepository rounds, RoundThemeRepository roundThemes,
                        CheckInvitationCode checkInvitationCode,
                        RoundInvitationRepository invitations, Clock clock) {
        this.rounds = rounds;
        this.roundThemes = roundThemes;
        this.checkInvitationCode = checkInvitationCode;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Get("/{slug}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundPage.class)))
    HttpResponse<?> page(@PathVariable String slug) {
        return rounds.findBySlug(slug)
                .<HttpResponse<?>>map(round -> HttpResponse.ok(new RoundPage(round.id(), round.slug(), round.title(),
                        round.doelgroep(), round.intro(), round.opensAt(), round.closesAt(), round.byInvitation(),
                        roundThemes.findByRoundIdIn(List.of(round.id())).stream().map(RoundTheme::themaCode).sorted().toList(),
                        RoundState.of(round, LocalDateTime.now(clock)), invitations.existsByRoundId(round.id()))))
                .orElseGet(RoundPageController::roundNotFound);
    }

    /** The code an organisation typed, checked before the advice form is shown; does not use the code up. */
    @Post("/{slug}/invitation-check")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CodeAccepted.class)))
    HttpResponse<?> checkCode(@PathVariable String slug, @Body CodeCheck request) {
        CheckInvitationCode.Result result = checkInvitationCode.check(slug, request.code());
        if (result instanceof CheckInvitationCode.Result.Valid valid) {
            return HttpResponse.ok(new CodeAccepted(valid.organisationName()));
        }
        if (result instanceof CheckInvitationCode.Result.Refused refused) {
            return HttpResponse.badRequest(Problem.invalid(List.of(new Problem.FieldError("code", refused.message()))))
                    .contentType(Problem.MEDIA_TYPE);
        }
        if (result instanceof CheckInvitationCode.Result.RoundNotOpen notOpen) {
            return notOpen.state() == RoundState.NOT_YET_OPEN
                    ? problem(HttpStatus.CONFLICT, "Deze ronde is nog niet open",
                    "U kunt advies geven vanaf " + notOpen.opensAt().toLocalDate() + ". Kom dan terug.")
                    : problem(HttpStatus.CONFLICT, "Deze ronde is gesloten", "De termijn voor advies is voorbij.");
        }
        return roundNotFound();
    }

    private static HttpResponse<?> roundNotFound() {
        return problem(HttpStatus.NOT_FOUND, "Ronde niet gevonden", "Deze ronde bestaat niet (meer). Controleer het adres.");
    }

    private static HttpResponse<?> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.status(status).body(Problem.of(status.getCode(), title, detail)).contentType(Problem.MEDIA_TYPE);
    }

    /**
     * A round as its public page shows it; an empty themeCodes list means every theme. takesOrganisationAdvice: the
     * round has invited organisations, so the page offers the code field that opens the advice form.
     */
    @Serdeable
    record RoundPage(Long id, String slug, String title, Round.Doelgroep doelgroep, @Nullable String intro,
                     LocalDateTime opensAt, LocalDateTime closesAt, boolean byInvitation, List<String> themeCodes,
                     RoundState state, boolean takesOrganisationAdvice) {
    }

    /** An invitation code typed on the round page. */
    @Serdeable
    record CodeCheck(@Nullable String code) {
    }

    /** A usable code: the organisation it belongs to, greeted above the advice form. */
    @Serdeable
    record CodeAccepted(String organisationName) {
    }
}
