package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.SuspectDetector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for "may this input be quoted in public" (council report, public round summary, exports, cluster
 * summaries): the input is live (not hidden, spam, merged away or withdrawn) and every piece that
 * {@link SuspectDetector} suspects of being personal data was either removed by a person (then it is no longer in the
 * text) or kept by a person. An input without suspects may be quoted; one with an open suspect may not, whatever
 * else it says. The detector runs on the current text each time, so an edit or a better detector can never leave a
 * stale "reviewed" mark behind (ADR 0135).
 */
@Singleton
public class PublicQuotes {

    public static final String PROBLEM = "problem";
    public static final String SOLUTION = "solution";

    /** A suspected piece in one field of an input. */
    public record Suspect(String field, SuspectDetector.Span span) {
    }

    /**
     * Where the review of some inputs stands, for the report's method appendix and the review screens: how many are
     * live, how many of those may be quoted, how many still have an open suspect, and how many pieces people kept
     * or removed.
     */
    public record Review(int inputs, int quotable, int withOpenSuspects, int keptPieces, int removedPieces) {
    }

    /** What a removed piece becomes in the text (the analyst's redaction). */
    public static final String REMOVED = "[verwijderd]";

    private static final int CHUNK = 500;

    private final QuotedTexts texts;
    private final KeptSuspectRepository kept;

    PublicQuotes(QuotedTexts texts, KeptSuspectRepository kept) {
        this.texts = texts;
        this.kept = kept;
    }

    /** True when this input may appear word for word in anything the public or the council reads. */
    @Transactional(readOnly = true)
    public boolean mayQuote(long submissionId) {
        return quotable(List.of(submissionId)).contains(submissionId);
    }

    /** The ids among these that may be quoted; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Set<Long> quotable(Collection<Long> submissionIds) {
        Set<Long> result = new HashSet<>();
        List<Long> ids = List.copyOf(new HashSet<>(submissionIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Set<String>> keptBySubmission = keptKeys(chunk);
            for (Submission s : texts.findByIdIn(chunk)) {
                if (mayQuote(s, keptBySubmission.getOrDefault(s.id(), Set.of()))) {
                    result.add(s.id());
                }
            }
        }
        return result;
    }

    /**
     * The ids among these whose text still holds a suspect nobody decided on, whatever their status: internal
     * exports show everything else, also hidden inputs, but not these texts.
     */
    @Transactional(readOnly = true)
    public Set<Long> withOpenSuspects(Collection<Long> submissionIds) {
        Set<Long> result = new HashSet<>();
        List<Long> ids = List.copyOf(new HashSet<>(submissionIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Set<String>> keptBySubmission = keptKeys(chunk);
            for (Submission s : texts.findByIdIn(chunk)) {
                if (!openSuspects(s.problem(), s.solution(), keptBySubmission.getOrDefault(s.id(), Set.of())).isEmpty()) {
                    result.add(s.id());
                }
            }
        }
        return result;
    }

    /** The review figures of these inputs (hidden, spam, merged and withdrawn inputs do not count). */
    @Transactional(readOnly = true)
    public Review review(Collection<Long> submissionIds) {
        int inputs = 0;
        int quotable = 0;
        int open = 0;
        int keptPieces = 0;
        int removed = 0;
        List<Long> ids = List.copyOf(new HashSet<>(submissionIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Set<String>> keptBySubmission = keptKeys(chunk);
            for (Submission s : texts.findByIdIn(chunk)) {
                if (s.problem() == null || !live(s)) {
                    continue;
                }
                Set<String> keys = keptBySubmission.getOrDefault(s.id(), Set.of());
                inputs++;
                keptPieces += keys.size();
                removed += occurrences(s.problem(), REMOVED) + occurrences(s.solution(), REMOVED);
                if (mayQuote(s, keys)) {
                    quotable++;
                } else {
                    open++;
                }
            }
        }
        return new Review(inputs, quotable, open, keptPieces, removed);
    }

    /** The kept pieces of these inputs, as {@link #key} values per input. */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> keptKeys(Collection<Long> submissionIds) {
        Map<Long, Set<String>> keys = new HashMap<>();
        if (submissionIds.isEmpty()) {
            return keys;
        }
        for (KeptSuspect k : kept.findBySubmissionIdIn(submissionIds)) {
            keys.computeIfAbsent(k.submissionId(), id -> new HashSet<>()).add(k.field() + ":" + k.spanHash());
        }
        return keys;
    }

    /** The rule itself, for callers that already hold the input and its kept pieces. */
    public static boolean mayQuote(Submission s, Set<String> keptKeys) {
        return live(s) && s.problem() != null && openSuspects(s.problem(), s.solution(), keptKeys).isEmpty();
    }

    /** The suspects nobody has decided on yet: what the review screens show. */
    public static List<Suspect> openSuspects(@Nullable String problem, @Nullable String solution, Set<String> keptKeys) {
        List<Suspect> open = new ArrayList<>();
        addOpen(open, PROBLEM, problem, keptKeys);
        addOpen(open, SOLUTION, solution, keptKeys);
        return open;
    }

    /** How a kept piece is remembered: its field and a hash of its exact text. */
    public static String key(String field, String pieceText) {
        return field + ":" + hash(field, pieceText);
    }

    /** The stored hash of a piece (the part of {@link #key} after the field). */
    public static String hash(String field, String pieceText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((field + "\u0000" + pieceText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static boolean live(Submission s) {
        return s.status() == Submission.SubmissionStatus.NIEUW || s.status() == Submission.SubmissionStatus.BEOORDEELD;
    }

    private static int occurrences(@Nullable String text, String piece) {
        int count = 0;
        for (int at = text == null ? -1 : text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length())) {
            count++;
        }
        return count;
    }

    private static void addOpen(List<Suspect> open, String field, @Nullable String text, Set<String> keptKeys) {
        if (text == null) {
            return;
        }
        for (SuspectDetector.Span span : SuspectDetector.detect(text)) {
            if (!keptKeys.contains(key(field, span.text()))) {
                open.add(new Suspect(field, span));
            }
        }
    }
}
