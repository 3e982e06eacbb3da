package nl.inbreng.rounds.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import nl.inbreng.accounts.GemeenteScope;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;

import java.time.LocalDateTime;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The beheerder plans rounds and invites organisations (a wijkraad, an entrepreneurs' association…). */
@Controller("/api/admin/rounds")
@RequiresRole(Role.BEHEERDER)
@OwnedBy(Owner.ROUND)
class RoundsAdminController {

    private final RoundRepository rounds;
    private final CreateRound createRound;
    private final InviteOrganisation inviteOrganisation;

    private final VisibleGemeenten visible;

    RoundsAdminController(RoundRepository rounds, CreateRound createRound, InviteOrganisation inviteOrganisation,
                          VisibleGemeenten visible) {
        this.visible = visible;
        this.rounds = rounds;
        this.createRound = createRound;
        this.inviteOrganisation = inviteOrganisation;
    }

    @Get
    List<RoundSummary> all() {
        GemeenteScope scope = visible.current();
        return rounds.findAll().stream().filter(round -> scope.sees(round.gemeenteId())).map(RoundSummary::of).toList();
    }

    @Post
    HttpResponse<RoundSummary> create(@Body CreateRound.NewRound request) {
        return HttpResponse.created(RoundSummary.of(createRound.create(request)));
    }

    @Post("/{id}/invitations")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = InviteOrganisation.Invited.class)))
    HttpResponse<?> invite(@PathVariable Long id, @Body InviteOrganisation.NewInvitation request) {
        return inviteOrganisation.invite(id, request)
                .<HttpResponse<?>>map(HttpResponse::created)
                .orElseGet(RoundsAdminController::roundNotFound);
    }

    private static HttpResponse<?> roundNotFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .body(Problem.of(404, "Ronde niet gevonden", "Deze ronde bestaat niet (meer)."))
                .contentType(Problem.MEDIA_TYPE);
    }

    /** A round in the beheerder's list. */
    @Serdeable
    record RoundSummary(Long id, String slug, String title, Round.Doelgroep doelgroep, LocalDateTime opensAt,
                        LocalDateTime closesAt, boolean byInvitation) {
        static RoundSummary of(Round round) {
            return new RoundSummary(round.id(), round.slug(), round.title(), round.doelgroep(), round.opensAt(),
                    round.closesAt(), round.byInvitation());
        }
    }
}
