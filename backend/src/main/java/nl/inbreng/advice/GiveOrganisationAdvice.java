package nl.inbreng.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.InvitationLookup;
import nl.inbreng.rounds.Organisation;
import nl.inbreng.rounds.OrganisationAdvice;
import nl.inbreng.rounds.OrganisationAdvicePriority;
import nl.inbreng.rounds.OrganisationAdvicePriorityRepository;
import nl.inbreng.rounds.OrganisationAdviceRepository;
import nl.inbreng.rounds.OrganisationAdviceSubmission;
import nl.inbreng.rounds.OrganisationAdviceSubmissionRepository;
import nl.inbreng.rounds.OrganisationRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundBySlugRepository;
import nl.inbreng.rounds.RoundInvitation;
import nl.inbreng.rounds.RoundInvitationRepository;
import nl.inbreng.rounds.RoundState;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.submissions.NewInput;
import nl.inbreng.submissions.StoreInput;
import nl.inbreng.submissions.Submission;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores an organisation's advice in a round: per theme the problems and solutions (each an ordinary submission
 * with the round, channel ONLINE), and its top three themes. The invitation code identifies the organisation and
 * works once: everything is checked first, so a refused attempt neither stores anything nor uses up the code.
 */
@Singleton
class GiveOrganisationAdvice {

    private static final Set<String> UNITS = Set.of("LEDEN", "HUISHOUDENS");

    private final RoundBySlugRepository rounds;
    private final RoundThemeRepository roundThemes;
    private final RoundInvitationRepository invitations;
    private final OrganisationRepository organisations;
    private final OrganisationAdviceRepository advices;
    private final OrganisationAdviceSubmissionRepository adviceSubmissions;
    private final OrganisationAdvicePriorityRepository advicePriorities;
    private final StoreInput storeInput;
    private final ThemaRepository themas;
    private final Clock clock;
    private final InvitationLookup invitationLookup;

    GiveOrganisationAdvice(RoundBySlugRepository rounds, RoundThemeRepository roundThemes,
                           RoundInvitationRepository invitations, OrganisationRepository organisations,
                           OrganisationAdviceRepository advices, OrganisationAdviceSubmissionRepository adviceSubmissions,
                           OrganisationAdvicePriorityRepository advicePriorities, StoreInput storeInput,
                           ThemaRepository themas, Clock clock, InvitationLookup invitationLookup) {
        this.rounds = rounds;
        this.roundThemes = roundThemes;
        this.invitations = invitations;
        this.organisations = organisations;
        this.advices = advices;
        this.adviceSubmissions = adviceSubmissions;
        this.advicePriorities = advicePriorities;
        this.storeInput = storeInput;
        this.themas = themas;
        this.clock = clock;
        this.invitationLookup = invitationLookup;
    }

    /** The advice form: per theme what goes wrong and what could help, and the top three themes in order. */
    @Serdeable
    record AdviceRequest(@Nullable String code, @Nullable Integer constituencySize, @Nullable String constituencyUnit,
                         @Nullable List<ThemeAdvice> themes, @Nullable List<String> priorities) {
    }

    /** The organisation's view on one theme. */
    @Serdeable
    record ThemeAdvice(@Nullable String themeCode, @Nullable String problem, @Nullable String solution) {
    }

    /** The outcome of giving advice. */
    sealed interface Result {
        record Given(Long adviceId, String organisationName, List<Long> submissionIds) implements Result {
        }

        record RoundNotFound() implements Result {
        }

        record RoundNotOpen(RoundState state, LocalDateTime opensAt) implements Result {
        }

        record CodeExpired() implements Result {
        }

        record CodeUsed() implements Result {
        }
    }

    @Transactional
    Result give(String slug, AdviceRequest request) {
        Round round = rounds.findBySlug(slug).orElse(null);
        if (round == null) {
            return new Result.RoundNotFound();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        RoundState state = RoundState.of(round, now);
        if (state != RoundState.OPEN) {
            return new Result.RoundNotOpen(state, round.opensAt());
        }
        InvitationLookup.CodeState code = invitationLookup.find(round, request.code(), now);
        if (code instanceof InvitationLookup.CodeState.Unknown) {
            throw new InvalidInputException("code", InvitationLookup.UNKNOWN);
        }
        if (code instanceof InvitationLookup.CodeState.Expired) {
            return new Result.CodeExpired();
        }
        if (code instanceof InvitationLookup.CodeState.Used) {
            return new Result.CodeUsed();
        }
        RoundInvitation invitation = ((InvitationLookup.CodeState.Usable) code).invitation();
        List<ThemeAdvice> perTheme = validate(round, request);
        if (invitations.markUsed(invitation.id(), now) != 1) {
            return new Result.CodeUsed();
        }
        Organisation organisation = organisations.findById(invitation.organisationId()).orElseThrow();
        OrganisationAdvice advice = advices.save(new OrganisationAdvice(null, round.id(), organisation.id(),
                invitation.id(), request.constituencySize(), request.constituencyUnit(), now));
        List<Long> submissionIds = new ArrayList<>();
        for (ThemeAdvice themeAdvice : perTheme) {
            // Inside the advice's transaction: a refused or rolled-back advice never reaches the index.
            long submissionId = storeInput.store(NewInput.builder()
                    .problem(themeAdvice.problem().strip())
                    .solution(clean(themeAdvice.solution()))
                    .theme(themeAdvice.themeCode())
                    .respondentType(respondentTypeOf(round.doelgroep()))
                    .channel(Submission.Channel.ONLINE)
                    .gemeenteId(round.gemeenteId())
                    .roundId(round.id())
                    .createdAt(now)
                    .build()).submissionId();
            adviceSubmissions.save(new OrganisationAdviceSubmission(null, advice.id(), submissionId));
            submissionIds.add(submissionId);
        }
        List<String> priorities = request.priorities() == null ? List.of() : request.priorities();
        for (int i = 0; i < priorities.size(); i++) {
            advicePriorities.save(new OrganisationAdvicePriority(null, advice.id(), i + 1, priorities.get(i)));
        }
        return new Result.Given(advice.id(), organisation.name(), submissionIds);
    }

    private List<ThemeAdvice> validate(Round round, AdviceRequest request) {
        Set<String> scope = new HashSet<>();
        roundThemes.findByRoundIdIn(List.of(round.id())).forEach(theme -> scope.add(theme.themaCode()));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ThemeAdvice> perTheme = request.themes() == null ? List.of() : request.themes();
        if (perTheme.isEmpty()) {
            errors.add(new Problem.FieldError("themes", "Geef bij minstens één thema aan wat er speelt."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < perTheme.size(); i++) {
            ThemeAdvice theme = perTheme.get(i);
            String field = "themes[" + i + "]";
            if (!inScope(theme.themeCode(), scope)) {
                errors.add(new Problem.FieldError(field + ".themeCode", "Kies een thema van deze ronde."));
            } else if (!seen.add(theme.themeCode())) {
                errors.add(new Problem.FieldError(field + ".themeCode", "Dit thema staat er al. Zet alles over één thema bij elkaar."));
            }
            if (clean(theme.problem()) == null) {
                errors.add(new Problem.FieldError(field + ".problem", "Vul in wat er speelt."));
            } else if (theme.problem().length() > 5000) {
                errors.add(new Problem.FieldError(field + ".problem", "Gebruik hoogstens 5000 tekens."));
            }
            if (theme.solution() != null && theme.solution().length() > 5000) {
                errors.add(new Problem.FieldError(field + ".solution", "Gebruik hoogstens 5000 tekens."));
            }
        }
        List<String> priorities = request.priorities() == null ? List.of() : request.priorities();
        if (priorities.size() > 3 || new HashSet<>(priorities).size() != priorities.size()
                || !priorities.stream().allMatch(code -> inScope(code, scope))) {
            errors.add(new Problem.FieldError("priorities", "Kies hoogstens drie verschillende thema's van deze ronde, het belangrijkste eerst."));
        }
        if (request.constituencySize() != null && (request.constituencySize() < 1 || request.constituencySize() > 10_000_000)) {
            errors.add(new Problem.FieldError("constituencySize", "Vul een aantal in vanaf 1, of laat dit leeg."));
        }
        if (request.constituencyUnit() != null && !UNITS.contains(request.constituencyUnit())) {
            errors.add(new Problem.FieldError("constituencyUnit", "Kies leden of huishoudens."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return perTheme;
    }

    private boolean inScope(@Nullable String code, Set<String> scope) {
        if (code == null) {
            return false;
        }
        return scope.isEmpty() ? themas.existsById(code) : scope.contains(code);
    }

    private static Submission.RespondentType respondentTypeOf(Round.Doelgroep doelgroep) {
        return switch (doelgroep) {
            case INWONERS, WIJKRADEN -> Submission.RespondentType.INWONER;
            case ONDERNEMERS -> Submission.RespondentType.ONDERNEMER;
            case PROFESSIONALS -> Submission.RespondentType.PROFESSIONAL;
            case IEDEREEN -> Submission.RespondentType.ANDERS;
        };
    }

    @Nullable
    private static String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
