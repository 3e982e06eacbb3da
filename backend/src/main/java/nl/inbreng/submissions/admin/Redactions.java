package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.KeptSuspect;
import nl.inbreng.submissions.KeptSuspectRepository;
import nl.inbreng.submissions.PublicQuotes;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.common.SuspectDetector;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal details in an input: suggested by {@link nl.inbreng.common.SuspectDetector}, removed only for the
 * pieces a person confirmed, kept (as a hash) for the pieces a person judged harmless. The text is replaced in the
 * database and the index follows through the outbox; the audit trail records who did it (never what was removed).
 * Which inputs may then be quoted in public is {@link PublicQuotes}' rule.
 */
@Singleton
class Redactions {

    static final String REPLACEMENT = PublicQuotes.REMOVED;
    static final String PROBLEM = PublicQuotes.PROBLEM;
    static final String SOLUTION = PublicQuotes.SOLUTION;

    /** A suggestion for the werkgroep; {@code field} is problem or solution; {@code kept} when a person kept it. */
    @Serdeable
    record Suggestion(String field, int start, int end, String kind, String text, boolean kept) {
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

        record Kept(int pieces) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final KeptSuspectRepository kept;
    private final PublicQuotes quotes;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    Redactions(SubmissionRepository submissions, KeptSuspectRepository kept, PublicQuotes quotes,
               SubmissionIndexer indexer, Clock clock) {
        this.submissions = submissions;
        this.kept = kept;
        this.quotes = quotes;
        this.indexer = indexer;
        this.clock = clock;
    }

    Result suggest(long id) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Set<String> keptKeys = quotes.keptKeys(List.of(id)).getOrDefault(id, Set.of());
        List<Suggestion> suggestions = new ArrayList<>();
        addAll(suggestions, PROBLEM, found.get().problem(), keptKeys);
        addAll(suggestions, SOLUTION, found.get().solution(), keptKeys);
        return new Result.Suggested(suggestions);
    }

    /**
     * A person looked at these suggested pieces and keeps them: they stay in the text and no longer stop the input
     * from being quoted. Only pieces the detector suggests now can be kept, so a stale screen cannot mark other text.
     */
    @Transactional
    Result keep(long id, @Nullable List<Confirmed> spans, String username) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        if (spans == null || spans.isEmpty()) {
            throw new InvalidInputException("spans", "Kies een of meer stukken tekst om te laten staan.");
        }
        Submission s = found.get();
        int stored = 0;
        for (Confirmed span : spans) {
            String field = span.field() == null ? PROBLEM : span.field();
            String text = PROBLEM.equals(field) ? s.problem() : SOLUTION.equals(field) ? s.solution() : null;
            Optional<SuspectDetector.Span> suggested = text == null ? Optional.empty()
                    : SuspectDetector.detect(text).stream()
                    .filter(d -> d.start() == span.start() && d.end() == span.end()).findFirst();
            if (suggested.isEmpty()) {
                throw new InvalidInputException("spans", "Dit stuk tekst is geen voorstel (meer). "
                        + "Vraag de voorstellen opnieuw op en kies opnieuw.");
            }
            String hash = PublicQuotes.hash(field, suggested.get().text());
            if (!kept.existsBySubmissionIdAndFieldAndSpanHash(id, field, hash)) {
                kept.save(new KeptSuspect(null, id, field, hash, suggested.get().kind().name(), username,
                        LocalDateTime.now(clock)));
                stored++;
            }
        }
        return new Result.Kept(stored);
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

    /**
     * Replaces from the end backwards, so earlier offsets stay valid. Overlapping pieces (a name inside an accusing
     * sentence) are joined into one, so removing both removes the whole sentence once.
     */
    private static @Nullable String redact(@Nullable String text, List<Confirmed> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        int length = text == null ? 0 : text.length();
        for (Confirmed span : spans) {
            if (span.start() < 0 || span.end() <= span.start() || span.end() > length) {
                throw new InvalidInputException("spans", "Een stuk tekst valt buiten de inbreng. "
                        + "Vraag de voorstellen opnieuw op en kies opnieuw.");
            }
        }
        List<Confirmed> joined = new ArrayList<>();
        for (Confirmed span : spans.stream().sorted(Comparator.comparingInt(Confirmed::start)).toList()) {
            Confirmed last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.start() < last.end()) {
                joined.set(joined.size() - 1, new Confirmed(last.field(), last.start(), Math.max(last.end(), span.end())));
            } else {
                joined.add(span);
            }
        }
        List<Confirmed> ordered = new ArrayList<>(joined);
        Collections.reverse(ordered);
        StringBuilder out = new StringBuilder(text);
        for (Confirmed span : ordered) {
            out.replace(span.start(), span.end(), REPLACEMENT);
        }
        return out.toString();
    }

    private static void addAll(List<Suggestion> suggestions, String field, @Nullable String text, Set<String> keptKeys) {
        if (text == null) {
            return;
        }
        for (SuspectDetector.Span span : SuspectDetector.detect(text)) {
            suggestions.add(new Suggestion(field, span.start(), span.end(), span.kind().name(), span.text(),
                    keptKeys.contains(PublicQuotes.key(field, span.text()))));
        }
    }
}
