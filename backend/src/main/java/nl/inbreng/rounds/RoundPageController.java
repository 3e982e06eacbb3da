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

/** The public page of one round (GET /api/v1/rounds/{slug}) and an organisation's advice in it. */
@Controller("/api/v1/rounds")
class RoundPageController {

    private final RoundBySlugRepository rounds;
    private final RoundThemeRepository roundThemes;
    private final GiveOrganisationAdvice giveOrganisationAdvice;
    private final Clock clock;

    RoundPageController(RoundBySlugRepository rounds, RoundThemeRepository roundThemes,
                        GiveOrganisationAdvice giveOrganisationAdvice, Clock clock) {
        this.rounds = rounds;
        this.roundThemes = roundThemes;
        this.giveOrganisationAdvice = giveOrganisationAdvice;
        this.clock = clock;
    }

    @Get("/{slug}")
    HttpResponse<?> page(@PathVariable String slug) {
        return rounds.findBySlug(slug)
                .<HttpResponse<?>>map(round -> HttpResponse.ok(new RoundPage(round.id(), round.slug(), round.title(),
                        round.doelgroep(), round.intro(), round.opensAt(), round.closesAt(), round.byInvitation(),
                        roundThemes.findByRoundIdIn(List.of(round.id())).stream().map(RoundTheme::themaCode).sorted().toList(),
                        RoundState.of(round, LocalDateTime.now(clock)))))
                .orElseGet(RoundPageController::roundNotFound);
    }

    @Post("/{slug}/advice")
    HttpResponse<?> advice(@PathVariable String slug, @Body GiveOrganisationAdvice.AdviceRequest request) {
        GiveOrganisationAdvice.Result result = giveOrganisationAdvice.give(slug, request);
        if (result instanceof GiveOrganisationAdvice.Result.Given given) {
            return HttpResponse.created(new AdviceReceipt(given.adviceId(), given.organisationName(), given.submissionIds()));
        }
        if (result instanceof GiveOrganisationAdvice.Result.RoundNotOpen notOpen) {
            return notOpen.state() == RoundState.NOT_YET_OPEN
                    ? problem(HttpStatus.CONFLICT, "Deze ronde is nog niet open",
                    "U kunt advies geven vanaf " + notOpen.opensAt().toLocalDate() + ". Kom dan terug.")
                    : problem(HttpStatus.CONFLICT, "Deze ronde is gesloten",
                    "De termijn voor advies is voorbij. Uw advies is niet opgeslagen.");
        }
        if (result instanceof GiveOrganisationAdvice.Result.CodeUsed) {
            return problem(HttpStatus.CONFLICT, "Deze code is al gebruikt",
                    "Met deze code is al advies gegeven. Elke organisatie geeft één advies per ronde. Neem contact op met de gemeente als u iets wilt aanvullen.");
        }
        if (result instanceof GiveOrganisationAdvice.Result.CodeExpired) {
            return problem(HttpStatus.GONE, "Deze code is verlopen",
                    "De uitnodigingscode is niet meer geldig. Vraag de gemeente om een nieuwe code.");
        }
        return roundNotFound();
    }

    private static HttpResponse<?> roundNotFound() {
        return problem(HttpStatus.NOT_FOUND, "Ronde niet gevonden", "Deze ronde bestaat niet (meer). Controleer het adres.");
    }

    private static HttpResponse<?> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.status(status).body(Problem.of(status.getCode(), title, detail)).contentType(Problem.MEDIA_TYPE);
    }

    /** A round as its public page shows it; an empty themeCodes list means every theme. */
    @Serdeable
    record RoundPage(Long id, String slug, String title, Round.Doelgroep doelgroep, @Nullable String intro,
                     LocalDateTime opensAt, LocalDateTime closesAt, boolean byInvitation, List<String> themeCodes,
                     RoundState state) {
    }

    /** The answer to a given advice. */
    @Serdeable
    record AdviceReceipt(Long adviceId, String organisationName, List<Long> submissionIds) {
    }
}
