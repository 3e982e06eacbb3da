package nl.inbreng.insight;

import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.priorities.PriorityVote;
import nl.inbreng.priorities.PriorityVoteRepository;
import nl.inbreng.priorities.PriorityVoteTheme;
import nl.inbreng.priorities.PriorityVoteThemeRepository;
import nl.inbreng.rounds.Organisation;
import nl.inbreng.rounds.OrganisationAdvice;
import nl.inbreng.rounds.OrganisationAdvicePriority;
import nl.inbreng.rounds.OrganisationAdvicePriorityRepository;
import nl.inbreng.rounds.OrganisationAdviceRepository;
import nl.inbreng.rounds.OrganisationAdviceSubmission;
import nl.inbreng.rounds.OrganisationAdviceSubmissionRepository;
import nl.inbreng.rounds.OrganisationRepository;
import nl.inbreng.rounds.RoundInvitation;
import nl.inbreng.rounds.RoundInvitationRepository;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.RespondentType;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;

import java.time.LocalDateTime;
import java.util.UUID;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static nl.inbreng.submissions.SubmissionBuilder.aSubmission;

/**
 * Seeds the data the insight screens and the council report read: a round, inputs with a theme, priority votes and
 * organisation advice. Each test starts its own round, so figures filtered on that round see only its own data.
 * Straight into the database on purpose: these tests are about what the figures make of stored data.
 */
@Singleton
public class InsightTestData {

    private final RoundRepository rounds;
    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository submissionThemes;
    private final PriorityVoteRepository votes;
    private final PriorityVoteThemeRepository voteThemes;
    private final OrganisationRepository organisations;
    private final RoundInvitationRepository invitations;
    private final OrganisationAdviceRepository advices;
    private final OrganisationAdvicePriorityRepository advicePriorities;
    private final OrganisationAdviceSubmissionRepository adviceSubmissions;
    private final GemeenteRepository gemeenten;
    private final AreaRepository areas;
    private final SubmissionIndexer indexer;
    private final IndexOutboxWorker indexWorker;

    @SuppressWarnings("java:S107") // one repository per table the insight figures read
    InsightTestData(RoundRepository rounds, SubmissionRepository submissions, SubmissionThemeRepository submissionThemes,
                    PriorityVoteRepository votes, PriorityVoteThemeRepository voteThemes,
                    OrganisationRepository organisations, RoundInvitationRepository invitations,
                    OrganisationAdviceRepository advices, OrganisationAdvicePriorityRepository advicePriorities,
                    OrganisationAdviceSubmissionRepository adviceSubmissions, GemeenteRepository gemeenten,
                    AreaRepository areas, SubmissionIndexer indexer, IndexOutboxWorker indexWorker) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.submissionThemes = submissionThemes;
        this.votes = votes;
        this.voteThemes = voteThemes;
        this.organisations = organisations;
        this.invitations = invitations;
        this.advices = advices;
        this.advicePriorities = advicePriorities;
        this.adviceSubmissions = adviceSubmissions;
        this.gemeenten = gemeenten;
        this.areas = areas;
        this.indexer = indexer;
        this.indexWorker = indexWorker;
    }

    /** A fresh round open from ten days ago until five days ahead; returns its id. */
    public long round(String title) {
        return round(title, LocalDateTime.now().minusDays(10), LocalDateTime.now().plusDays(5));
    }

    public long round(String title, LocalDateTime opensAt, LocalDateTime closesAt) {
        return rounds.save(aRound().slug("insight-" + UUID.randomUUID()).titled(title).forEveryone().withoutIntro()
                .openBetween(opensAt, closesAt).createdAt(opensAt).build()).id();
    }

    /** An input about one theme, now, with status NIEUW. */
    public long input(long round, String theme, RespondentType type, Channel channel) {
        return input(round, "Tekst over " + theme, theme, type, channel);
    }

    public long input(long round, String text, String theme, RespondentType type, Channel channel) {
        LocalDateTime now = LocalDateTime.now();
        return input(round, text, theme, type, channel, SubmissionStatus.NIEUW, now, null);
    }

    /** The full form: any status, moment and area (null for none). */
    public long input(long round, String text, String theme, RespondentType type, Channel channel,
                      SubmissionStatus status, LocalDateTime at, Long areaId) {
        Submission saved = submissions.save(aSubmission().inRound(round).inArea(areaId).about(text).by(type).via(channel)
                .withStatus(status).at(at).build());
        submissionThemes.save(new SubmissionTheme(null, saved.id(), theme, true));
        indexer.index(saved.id());
        return saved.id();
    }

    /** Waits until the search index holds every input stored so far, for tests that open the inbox. */
    public void awaitIndexed() {
        indexWorker.awaitCaughtUp();
    }

    /** A priority vote: the theme codes in order, most important first. */
    public void vote(long round, RespondentType type, String... top3) {
        PriorityVote vote = votes.save(new PriorityVote(null, round, type, LocalDateTime.now()));
        for (int i = 0; i < top3.length; i++) {
            voteThemes.save(new PriorityVoteTheme(null, vote.id(), i + 1, top3[i]));
        }
    }

    /**
     * An organisation's advice as the advice form stores it: an invitation (already used), the advice with its
     * constituency (null when not given), one input on the first theme of its top three, and the top three itself.
     */
    public long organisationAdvice(long round, String name, Organisation.Kind kind, Integer constituency,
                                   String... top3) {
        LocalDateTime now = LocalDateTime.now();
        Organisation organisation = organisations.save(new Organisation(null, null, name, kind, null, null, now));
        RoundInvitation invitation = invitations.save(new RoundInvitation(null, round, organisation.id(),
                hex32() + hex32(), // stands in for the SHA-256 of a code nobody will type
                now.plusDays(5), now, now));
        OrganisationAdvice advice = advices.save(new OrganisationAdvice(null, round, organisation.id(), invitation.id(),
                constituency, constituency == null ? null : "HUISHOUDENS", now));
        long input = input(round, "Advies van " + name, top3[0], RespondentType.ANDERS, Channel.ONLINE);
        adviceSubmissions.save(new OrganisationAdviceSubmission(null, advice.id(), input));
        for (int i = 0; i < top3.length; i++) {
            advicePriorities.save(new OrganisationAdvicePriority(null, advice.id(), i + 1, top3[i]));
        }
        return advice.id();
    }

    private static String hex32() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** An area in a fresh gemeente, with no population figure; returns its id. */
    public Area area(String name) {
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "g-" + UUID.randomUUID().toString().substring(0, 8),
                "Gemeente " + name, null));
        return areas.save(new Area(null, gemeente.id(), "wijk-" + UUID.randomUUID(), name, Area.AreaKind.WIJK, null, 0));
    }
}
