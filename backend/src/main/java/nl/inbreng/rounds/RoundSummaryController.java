package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.common.Problem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The approved summaries residents read on "Wat doen we ermee": one round, or all rounds that have one. */
@Controller("/api/v1")
class RoundSummaryController {

    private final RoundSummaryRepository summaries;
    private final RoundRepository rounds;

    RoundSummaryController(RoundSummaryRepository summaries, RoundRepository rounds) {
        this.summaries = summaries;
        this.rounds = rounds;
    }

    /**
     * Only the text, round, publication date and, once entered, the council's decision: who proposed or published it
     * is internal. {@code approvedAt} is the moment of publication (the name stays for existing clients).
     */
    @Serdeable
    record SummaryView(long roundId, String roundTitle, String text, LocalDateTime approvedAt,
                       @Nullable String councilDecision, @Nullable LocalDate councilDecidedOn) {
    }

    @Get("/rounds/{id}/summary")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    HttpResponse<?> one(@PathVariable long id) {
        return summaries.findByRoundId(id)
                .flatMap(summary -> rounds.findById(id).map(round -> view(summary, round)))
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.notFound().body(Problem.of(404, "Nog geen samenvatting",
                        "Voor deze ronde is nog geen samenvatting. Kijk later nog eens.")).contentType(Problem.MEDIA_TYPE));
    }

    @Get("/round-summaries")
    List<SummaryView> all() {
        // A handful of rounds per year: one lookup each is fine.
        return summaries.findAllOrderByApprovedAtDesc().stream()
                .flatMap(summary -> rounds.findById(summary.roundId()).map(round -> view(summary, round)).stream())
                .toList();
    }

    private static SummaryView view(RoundSummary summary, Round round) {
        return new SummaryView(round.id(), round.title(), summary.text(), summary.approvedAt(),
                summary.councilDecision(), summary.councilDecidedOn());
    }
}
