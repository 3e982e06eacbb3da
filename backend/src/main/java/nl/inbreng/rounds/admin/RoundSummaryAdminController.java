package nl.inbreng.rounds.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundSummary;
import nl.inbreng.rounds.SummaryMails;
import nl.inbreng.rounds.RoundSummaryProposalRepository;
import nl.inbreng.rounds.RoundSummaryRepository;
import nl.inbreng.common.SuspectDetector;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The public summary of a round, four eyes: PUT proposes, POST …/publish publishes (by another beheerder),
 * PUT …/council-decision adds what the council decided; GET shows where it stands and who will be mailed.
 */
@Controller("/api/admin/rounds/{id}/summary")
@RequiresRole(Role.BEHEERDER)
@OwnedBy(Owner.ROUND)
class RoundSummaryAdminController {

    private final ProposeRoundSummary propose;
    private final PublishRoundSummary publish;
    private final RecordCouncilDecision council;
    private final RoundRepository rounds;
    private final RoundSummaryProposalRepository proposals;
    private final RoundSummaryRepository summaries;
    private final AdminUserRepository users;
    private final SummaryMails feedback;

    RoundSummaryAdminController(ProposeRoundSummary propose, PublishRoundSummary publish, RecordCouncilDecision council,
                                RoundRepository rounds, RoundSummaryProposalRepository proposals,
                                RoundSummaryRepository summaries, AdminUserRepository users, SummaryMails feedback) {
        this.propose = propose;
        this.publish = publish;
        this.council = council;
        this.rounds = rounds;
        this.proposals = proposals;
        this.summaries = summaries;
        this.users = users;
        this.feedback = feedback;
    }

    @Serdeable
    record SummaryRequest(@Nullable String text) {
    }

    @Serdeable
    record CouncilRequest(@Nullable String councilDecision, @Nullable String councilDecidedOn) {
    }

    /** A piece of the text that looks like personal data: the publisher should look twice. */
    @Serdeable
    record SuspectView(String kind, String text) {
    }

    @Serdeable
    record ProposalView(String text, String proposedBy, LocalDateTime proposedAt, boolean byMe, List<SuspectView> suspects) {
    }

    @Serdeable
    record PublishedView(String text, LocalDateTime publishedAt, String publishedBy, @Nullable String proposedBy,
                         @Nullable String councilDecision, @Nullable LocalDate councilDecidedOn) {
    }

    @Serdeable
    record StateView(long roundId, @Nullable ProposalView proposal, @Nullable PublishedView published,
                     SummaryMails.Overview feedback) {
    }

    @Serdeable
    record PublishedAnswer(PublishedView published, int mailsQueued, boolean mailConfigured) {
    }

    @Get
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StateView.class)))
    HttpResponse<?> show(@PathVariable long id, @Parameter(hidden = true) AdminPrincipal principal) {
        if (!rounds.existsById(id)) {
            return roundNotFound();
        }
        return HttpResponse.ok(state(id, principal));
    }

    @Put
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StateView.class)))
    HttpResponse<?> propose(@PathVariable long id, @Body SummaryRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        if (propose.propose(id, request.text(), principal.userId()) instanceof ProposeRoundSummary.Result.Proposed) {
            return HttpResponse.ok(state(id, principal));
        }
        return roundNotFound();
    }

    @Post("/publish")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedAnswer.class)))
    HttpResponse<?> publish(@PathVariable long id, @Parameter(hidden = true) AdminPrincipal principal) {
        PublishRoundSummary.Result result = publish.publish(id, principal.userId());
        if (result instanceof PublishRoundSummary.Result.Published published) {
            return HttpResponse.ok(new PublishedAnswer(published(published.summary()), published.mailsQueued(),
                    feedback.overview(id).mailConfigured()));
        }
        if (result instanceof PublishRoundSummary.Result.OwnProposal) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(Problem.of(409,
                    "U kunt uw eigen voorstel niet publiceren",
                    "Een andere beheerder moet de samenvatting nalezen en publiceren. Zo kijken er altijd twee mensen naar."))
                    .contentType(Problem.MEDIA_TYPE);
        }
        return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(Problem.of(409, "Er is geen voorstel",
                "Er ligt voor deze ronde geen voorstel klaar. Schrijf eerst een voorstel.")).contentType(Problem.MEDIA_TYPE);
    }

    @Put("/council-decision")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StateView.class)))
    HttpResponse<?> council(@PathVariable long id, @Body CouncilRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        RecordCouncilDecision.Result result = council.record(id, request.councilDecision(), date(request.councilDecidedOn()));
        if (result instanceof RecordCouncilDecision.Result.Recorded) {
            return HttpResponse.ok(state(id, principal));
        }
        return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(Problem.of(409, "Nog niet gepubliceerd",
                "Publiceer eerst de samenvatting. Daarna kunt u het besluit van de gemeenteraad toevoegen."))
                .contentType(Problem.MEDIA_TYPE);
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("councilDecidedOn", "Dit is geen geldige datum. Kies een datum, bijvoorbeeld 2027-03-14.");
        }
    }

    private StateView state(long id, AdminPrincipal principal) {
        ProposalView proposal = proposals.findByRoundId(id).map(p -> new ProposalView(p.text(), username(p.proposedBy()),
                p.proposedAt(), p.proposedBy() == principal.userId(), SuspectDetector.detect(p.text()).stream()
                .map(s -> new SuspectView(s.kind().name(), s.text())).toList())).orElse(null);
        PublishedView published = summaries.findByRoundId(id).map(this::published).orElse(null);
        return new StateView(id, proposal, published, feedback.overview(id));
    }

    private PublishedView published(RoundSummary s) {
        return new PublishedView(s.text(), s.approvedAt(), username(s.approvedBy()),
                s.proposedBy() == null ? null : username(s.proposedBy()), s.councilDecision(), s.councilDecidedOn());
    }

    private String username(long userId) {
        return users.findById(userId).map(AdminUser::username).orElse("onbekend");
    }

    private static HttpResponse<?> roundNotFound() {
        return HttpResponse.notFound().body(Problem.of(404, "Ronde niet gevonden", "Deze ronde bestaat niet (meer)."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
