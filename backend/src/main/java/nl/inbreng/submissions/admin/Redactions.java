package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Personal details in an input: suggested by {@link RedactionDetector}, removed only for the pieces a person
 * confirmed. The text is replaced in the database and the index follows through the outbox; the audit trail records
 * who did it (never what was removed).
 */
@Singleton
class Redactions {

    static final String REPLACEMENT = "[verwijderd]";
    static final String PROBLEM = "problem";
    static final String SOLUTION = "solution";

    /** A suggestion for the werkgroep; {@code field} is problem or solution. */
    @Serdeable
    record Suggestion(String field, int start, int end, String kind, String text) {
    }

    /** A piece to remove, as confirmed by a person. */
    @Serdeable
    record Confirmed(@Nullable String field, int start, int end) {
    }

    /** What became of the request. */
    sealed interface Result {
        record Suggested(List<Suggestion> suggestions) implements Result {
        }

        record Redacted(@Nullable String problem, @Nullable String solution) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    Redactions(SubmissionRepository submissions, SubmissionIndexer indexer, Clock clock) {
        this.submissions = submissions;
        this.indexer = indexer;
        this.clock = clock;
    }

    Result suggest(long id) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        addAll(suggestions, PROBLEM, found.get().problem());
        addAll(suggestions, SOLUTION, found.get().solution());
        return new Result.Suggested(suggestions);
    }

    @Transactional
    Result apply(long id, @Nullable List<Confirmed> spans) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        if (spans == null || spans.isEmpty()) {
            throw new InvalidInputException("spans", "Kies een of meer stukken tekst om weg te halen.");
        }
        Submission s = found.get();
        String problem = redact(s.problem(), spans.stream().filter(c -> c.field() == null || PROBLEM.equals(c.field())).toList());
        String solution = redact(s.solution(), spans.stream().filter(c -> SOLUTION.equals(c.field())).toList());
        if (spans.stream().anyMatch(c -> c.field() != null && !PROBLEM.equals(c.field()) && !SOLUTION.equals(c.field()))) {
            throw new InvalidInputException("spans", "Een stuk tekst hoort bij 'problem' of 'solution'.");
        }
        submissions.update(s.withTexts(problem, solution, LocalDateTime.now(clock)));
        indexer.index(id);
        return new Result.Redacted(problem, solution);
    }

    /** Replaces from the end backwards, so earlier offsets stay valid. */
    private static @Nullable String redact(@Nullable String text, List<Confirmed> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        List<Confirmed> ordered = spans.stream().sorted(Comparator.comparingInt(Confirmed::start).reversed()).toList();
        int limit = text == null ? 0 : text.length();
        for (Confirmed span : ordered) {
            if (span.start() < 0 || span.end() <= span.start() || span.end() > limit) {
                throw new InvalidInputException("spans", "Een stuk tekst valt buiten de inbreng of overlapt een ander stuk. "
                        + "Vraag de voorstellen opnieuw op en kies opnieuw.");
            }
            limit = span.start();
        }
        StringBuilder out = new StringBuilder(text);
        for (Confirmed span : ordered) {
            out.replace(span.start(), span.end(), REPLACEMENT);
        }
        return out.toString();
    }

    private static void addAll(List<Suggestion> suggestions, String field, @Nullable String text) {
        if (text == null) {
            return;
        }
        for (RedactionDetector.Span span : RedactionDetector.detect(text)) {
            suggestions.add(new Suggestion(field, span.start(), span.end(), span.kind().name(), span.text()));
        }
    }
}
