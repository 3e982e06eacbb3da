package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** With the receipt, a resident sees exactly what they gave, including any contact details they left. */
@Singleton
class ViewOwnSubmission {

    /** What the resident finds. */
    sealed interface Result {
        record Found(OwnSubmission submission) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    /** The resident's own input as stored; texts are null once withdrawn. */
    @Serdeable
    record OwnSubmission(long id, String status, @Nullable String problem, @Nullable String solution,
                         List<String> themeCodes, boolean themeUnsure, @Nullable String areaCode, String respondentType,
                         @Nullable String ageBand, String channel, @Nullable Long roundId, LocalDateTime createdAt,
                         @Nullable LocalDateTime withdrawnAt, @Nullable Contact contact) {
    }

    /** Contact details as left, with their purpose and end date. */
    @Serdeable
    record Contact(@Nullable String name, @Nullable String email, @Nullable String phone, String purpose,
                   LocalDate deleteAfter) {
    }

    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository themes;
    private final ContactDetailsRepository contacts;
    private final AreaRepository areas;
    private final Receipts receipts;

    ViewOwnSubmission(SubmissionRepository submissions, SubmissionThemeRepository themes,
                      ContactDetailsRepository contacts, AreaRepository areas, Receipts receipts) {
        this.receipts = receipts;
        this.submissions = submissions;
        this.themes = themes;
        this.contacts = contacts;
        this.areas = areas;
    }

    Result view(String receipt) {
        Optional<Submission> found = receipts.hashOf(receipt).flatMap(submissions::findByReceiptHash);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Submission s = found.get();
        List<String> codes = themes.findBySubmissionIdIn(List.of(s.id())).stream()
                .sorted((a, b) -> Boolean.compare(b.isPrimary(), a.isPrimary()))
                .map(SubmissionTheme::themaCode).toList();
        String areaCode = s.areaId() == null ? null : areas.findById(s.areaId()).map(Area::code).orElse(null);
        Contact contact = contacts.findBySubmissionId(s.id())
                .map(c -> new Contact(c.name(), c.email(), c.phone(), c.purpose().name(), c.deleteAfter()))
                .orElse(null);
        return new Result.Found(new OwnSubmission(s.id(), s.status().name(), s.problem(), s.solution(), codes,
                s.themeUnsure(), areaCode, s.respondentType().name(), s.ageBand(), s.channel().name(), s.roundId(),
                s.createdAt(), s.withdrawnAt(), contact));
    }
}
