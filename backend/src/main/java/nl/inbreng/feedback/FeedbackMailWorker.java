package nl.inbreng.feedback;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.inbreng.common.mail.Mailer;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Sends the queued feedback mails. Each row is claimed with a lease before sending, so two workers (threads now,
 * replicas later) never send the same row at once, and a worker that dies mid-way leaves a row that another takes
 * over when the lease runs out. Logs carry the row id, never an address.
 */
@Singleton
public class FeedbackMailWorker {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackMailWorker.class);
    private static final int BATCH = 20;

    private final FeedbackMailOutbox outbox;
    private final RoundRepository rounds;
    private final Mailer mailer;
    private final FeedbackMailText text;

    FeedbackMailWorker(FeedbackMailOutbox outbox, RoundRepository rounds, Mailer mailer,
                       @Value("${inbreng.public-url:`http://localhost:8080`}") String publicUrl) {
        this.outbox = outbox;
        this.rounds = rounds;
        this.mailer = mailer;
        this.text = new FeedbackMailText(publicUrl);
    }

    @Scheduled(fixedDelay = "${inbreng.feedback-mail.poll:20s}", initialDelay = "10s")
    void poll() {
        if (!mailer.enabled()) {
            return;
        }
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Feedback mails: a round of sending failed ({}); trying again at the next poll", e.getClass().getSimpleName());
        }
    }

    /** Sends what is due now; answers the number of mails handed to the SMTP server. Without SMTP it sends nothing. */
    public int runOnce() {
        if (!mailer.enabled()) {
            return 0;
        }
        int sent = 0;
        for (FeedbackMail due : outbox.due(BATCH)) {
            Optional<FeedbackMailOutbox.Claimed> claimed = outbox.claim(due);
            if (claimed.isPresent() && send(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(FeedbackMailOutbox.Claimed claimed) {
        Optional<String> address = outbox.address(claimed.submissionIds());
        if (address.isEmpty()) {
            outbox.lapsed(claimed);
            LOG.info("Feedback mail {}: no address left (input withdrawn), not sent", claimed.mail().id());
            return false;
        }
        String roundTitle = rounds.findById(claimed.mail().roundId()).map(Round::title).orElse("de inspraakronde");
        if (mailer.send(text.mail(address.get(), roundTitle))) {
            outbox.sent(claimed);
            LOG.info("Feedback mail {} sent (attempt {}); contact details erased", claimed.mail().id(),
                    claimed.mail().attempts() + 1);
            return true;
        }
        outbox.failed(claimed);
        LOG.warn("Feedback mail {} not sent (attempt {}); will retry", claimed.mail().id(), claimed.mail().attempts() + 1);
        return false;
    }
}
