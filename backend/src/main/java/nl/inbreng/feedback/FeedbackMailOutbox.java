package nl.inbreng.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.mail.Mailer;
import nl.inbreng.rounds.SummaryMails;
import nl.inbreng.submissions.ContactDetails;
import nl.inbreng.submissions.ContactDetailsRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox of "this is what we did with your input" mails (ADR 0137). Publishing a round summary queues one row per
 * resident in the same transaction; {@link FeedbackMailWorker} claims rows with a lease, sends, and on success marks
 * the row sent and erases the contact details in one transaction, as the consent text promised.
 */
@Singleton
public class FeedbackMailOutbox implements SummaryMails {

    static final int MAX_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofMinutes(5);

    private final ConsentingContacts consenting;
    private final FeedbackMailRepository mails;
    private final FeedbackMailSubmissionRepository links;
    private final ContactDetailsRepository contacts;
    private final Mailer mailer;
    private final Clock clock;

    FeedbackMailOutbox(ConsentingContacts consenting, FeedbackMailRepository mails, FeedbackMailSubmissionRepository links,
                       ContactDetailsRepository contacts, Mailer mailer, Clock clock) {
        this.consenting = consenting;
        this.mails = mails;
        this.links = links;
        this.contacts = contacts;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Queues one mail per resident of the round who asked to hear back and has none queued yet; a resident with
     * several inputs (one address) gets one mail. Runs in the caller's transaction, so a publication that rolls back
     * queues nothing. Answers the number of mails queued.
     */
    @Override
    @Transactional
    public int enqueue(long roundId) {
        Map<String, List<Long>> byAddress = new LinkedHashMap<>();
        for (ContactDetails contact : consenting.notYetQueued(roundId)) {
            byAddress.computeIfAbsent(contact.email().strip().toLowerCase(Locale.ROOT), a -> new ArrayList<>())
                    .add(contact.submissionId());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (List<Long> submissionIds : byAddress.values()) {
            FeedbackMail mail = mails.save(new FeedbackMail(null, roundId, FeedbackMail.Status.WACHT, 0, now, null, null,
                    now, null));
            for (Long submissionId : submissionIds) {
                links.save(new FeedbackMailSubmission(submissionId, mail.id()));
            }
        }
        return byAddress.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Overview overview(long roundId) {
        long waiting = mails.countByRoundIdAndStatus(roundId, FeedbackMail.Status.WACHT)
                + mails.countByRoundIdAndStatus(roundId, FeedbackMail.Status.BEZIG);
        int notYetQueued = (int) consenting.notYetQueued(roundId).stream()
                .map(c -> c.email().strip().toLowerCase(Locale.ROOT)).distinct().count();
        return new Overview(mailer.enabled(), waiting, mails.countByRoundIdAndStatus(roundId, FeedbackMail.Status.VERSTUURD),
                mails.countByRoundIdAndStatus(roundId, FeedbackMail.Status.MISLUKT),
                mails.countByRoundIdAndStatus(roundId, FeedbackMail.Status.VERVALLEN), notYetQueued);
    }

    /** A claimed mail: the row, its lease token and the inputs it answers. */
    record Claimed(FeedbackMail mail, String token, List<Long> submissionIds) {
    }

    List<FeedbackMail> due(int limit) {
        return mails.findDue(LocalDateTime.now(clock), limit);
    }

    Optional<Claimed> claim(FeedbackMail mail) {
        LocalDateTime now = LocalDateTime.now(clock);
        String token = UUID.randomUUID().toString();
        if (mails.claim(mail.id(), now, now.plus(LEASE), token) != 1) {
            return Optional.empty();
        }
        List<Long> submissionIds = links.findByMailId(mail.id()).stream().map(FeedbackMailSubmission::submissionId).toList();
        return Optional.of(new Claimed(mail, token, submissionIds));
    }

    /** The first address still on file for these inputs (a resident may have withdrawn one of them meanwhile). */
    Optional<String> address(List<Long> submissionIds) {
        return submissionIds.stream().map(contacts::findBySubmissionId).flatMap(Optional::stream)
                .map(ContactDetails::email).filter(e -> e != null && !e.isBlank()).findFirst();
    }

    /** Sent: the row is done and the contact details are erased, together or not at all. */
    @Transactional
    void sent(Claimed claimed) {
        if (mails.finish(claimed.mail().id(), claimed.token(), FeedbackMail.Status.VERSTUURD.name(),
                LocalDateTime.now(clock)) == 1) {
            claimed.submissionIds().forEach(contacts::deleteBySubmissionId);
        }
    }

    /** Nothing to send to any more: the resident withdrew and the address is gone. */
    void lapsed(Claimed claimed) {
        mails.finish(claimed.mail().id(), claimed.token(), FeedbackMail.Status.VERVALLEN.name(), LocalDateTime.now(clock));
    }

    /** Try again later, waiting longer each time (1, 2, 4 … minutes), and give up after MAX_ATTEMPTS. */
    void failed(Claimed claimed) {
        int attempts = claimed.mail().attempts() + 1;
        boolean giveUp = attempts >= MAX_ATTEMPTS;
        mails.retryLater(claimed.mail().id(), claimed.token(),
                (giveUp ? FeedbackMail.Status.MISLUKT : FeedbackMail.Status.WACHT).name(),
                LocalDateTime.now(clock).plusMinutes(1L << Math.min(attempts - 1, 10)));
    }
}
