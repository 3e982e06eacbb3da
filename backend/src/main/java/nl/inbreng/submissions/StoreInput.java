package nl.inbreng.submissions;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.search.SubmissionIndexer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where an input is stored, whatever its channel (portal, stall, paper, import, organisation advice,
 * thematafel, demo): the submission row, its themes, contact details given with consent, and the index outbox row
 * that makes it searchable. Each channel checks its own form first and links the input to its own records after.
 * An input whose channel named no round gets the round {@link RoundOfInput} finds for it; the gemeente is the
 * channel's, else the area's, else the round's.
 *
 * <p>Joins the caller's transaction when there is one, so a channel's own rows and these land together or not at
 * all (a kiosk retry that loses its idempotency race rolls back its outbox row too).
 */
@Singleton
public class StoreInput {

    /** Contact details are kept this long for feedback, as the consent text says. */
    private static final int CONTACT_MONTHS = 12;

    /** The stored input and the round it belongs to (none when no round was open for it). */
    public record Stored(long submissionId, @Nullable Long roundId) {
    }

    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository themes;
    private final ContactDetailsRepository contacts;
    private final SubmissionIndexer indexer;
    private final RoundOfInput roundOfInput;
    private final AreaRepository areas;
    private final RoundRepository rounds;
    private final Clock clock;

    StoreInput(SubmissionRepository submissions, SubmissionThemeRepository themes, ContactDetailsRepository contacts,
               SubmissionIndexer indexer, RoundOfInput roundOfInput, AreaRepository areas, RoundRepository rounds,
               Clock clock) {
        this.submissions = submissions;
        this.themes = themes;
        this.contacts = contacts;
        this.indexer = indexer;
        this.roundOfInput = roundOfInput;
        this.areas = areas;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Transactional
    public Stored store(NewInput input) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime createdAt = input.createdAt() == null ? now : input.createdAt();
        List<String> codes = input.themeCodes();
        Long gemeenteId = input.gemeenteId() != null ? input.gemeenteId() : gemeenteOfArea(input.areaId());
        // the channel's own round is read only when the gemeente must come from it
        Optional<Round> round = input.roundId() == null
                ? roundOfInput.find(gemeenteId, input.respondentType(), codes, createdAt)
                : gemeenteId == null ? rounds.findById(input.roundId()) : Optional.empty();
        Long roundId = input.roundId() != null ? input.roundId() : round.map(Round::id).orElse(null);
        if (gemeenteId == null) {
            gemeenteId = round.map(Round::gemeenteId).orElse(null);
        }
        Submission saved = submissions.save(Submission.builder()
                .receiptHash(input.receiptHash())
                .gemeenteId(gemeenteId)
                .roundId(roundId)
                .areaId(input.areaId())
                .problem(input.problem())
                .solution(input.solution())
                .respondentType(input.respondentType())
                .ageBand(input.ageBand())
                .channel(input.channel())
                .themeUnsure(codes.isEmpty())
                .createdAt(createdAt)
                .build());
        if (!codes.isEmpty()) {
            // one batch: on MySQL one multi-row INSERT (rewriteBatchedStatements, common.MysqlDriverSettings)
            List<SubmissionTheme> rows = new ArrayList<>(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                rows.add(new SubmissionTheme(null, saved.id(), codes.get(i), i == 0));
            }
            themes.saveAll(rows);
        }
        NewInput.Contact contact = input.contact();
        if (contact != null) {
            contacts.save(new ContactDetails(null, saved.id(), contact.name(), contact.email(), contact.phone(),
                    ContactDetails.ContactPurpose.TERUGKOPPELING, createdAt,
                    createdAt.toLocalDate().plusMonths(CONTACT_MONTHS)));
        }
        indexer.index(saved.id());
        return new Stored(saved.id(), roundId);
    }

    private @Nullable Long gemeenteOfArea(@Nullable Long areaId) {
        return areaId == null ? null : areas.findById(areaId).map(Area::gemeenteId).orElse(null);
    }
}
