package nl.inbreng.themes.suggestions;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.inbreng.search.DutchAnalysis;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Top theme suggestions for one input. The model is trained on the active themes (with the built-in resident
 * vocabulary) and the most recent tagged inputs, choosing its settings by cross-validation each time (ADR 0100).
 * When the tagging changed a lot since the model was trained (an import with tagged rows, a bulk retag), a request
 * waits for the retrain, at most {@link #WAIT_FOR_RETRAIN}, so suggestions asked right after an import already know
 * its themes and tags. Small changes (an analyst tagging one input) count from the next background retrain, at most
 * about a minute later, while the current model keeps answering at once (ADR 0087).
 */
@Singleton
public class ThemeSuggestions {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeSuggestions.class);

    static final int TOP = 3;
    private static final int MAX_TRAINING_INPUTS = 5_000;
    private static final Duration RETRAIN_AFTER = Duration.ofMinutes(1);
    /** Theme texts can change without any tag changing: retrain now and then anyway. */
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(15);
    /**
     * A change is material from this many changed tag rows on, and from this share of the rows the model knows, but
     * never needs more than {@link #MATERIAL_ALWAYS} (an import of hundreds of tagged rows into a large installation).
     */
    static final int MATERIAL_NEW_TAGS = 20;
    private static final double MATERIAL_SHARE = 0.1;
    static final int MATERIAL_ALWAYS = 200;
    /** The longest a request waits for a retrain after a material change; then the previous model answers. */
    static final Duration WAIT_FOR_RETRAIN = Duration.ofSeconds(60);

    private final DataSource dataSource;
    private final ThemaRepository themes;
    private final ExecutorService background;
    private final Clock clock;
    private final ThemeVocabulary vocabulary = ThemeVocabulary.builtIn();
    private ThemeClassifier model;
    private TagMark trainedMark = TagMark.NONE;
    private Instant trainedAt = Instant.EPOCH;
    private CompletableFuture<Void> retraining;

    ThemeSuggestions(DataSource dataSource, ThemaRepository themes,
                     @Named(TaskExecutors.BLOCKING) ExecutorService background, Clock clock) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.themes = themes;
        this.background = background;
        this.clock = clock;
    }

    /** The best themes for the input, best first, each with its explanation; empty when the input does not exist or has no text left. */
    public Optional<List<ThemeClassifier.Suggestion>> forSubmission(long submissionId) {
        try {
            Optional<String> text = textOf(submissionId);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(currentModel(true).suggest(text.get(), TOP, submissionId));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read inputs for theme suggestions", e);
        }
    }

    /**
     * The best themes for a text that is not stored anywhere (a resident still writing), best first. The text is only
     * scored: it is neither kept nor logged. A resident never waits for a retrain: the current model answers.
     */
    public List<ThemeClassifier.Suggestion> forText(String text) {
        try {
            return currentModel(false).suggest(text, TOP);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read inputs for theme suggestions", e);
        }
    }

    /**
     * Where the theme tags stand: the highest tag row number and the number of tag rows. New tags raise the first,
     * removed ones lower the second; an import of tagged rows raises both by its number of tags.
     */
    record TagMark(long highestId, long rows) {
        static final TagMark NONE = new TagMark(0, 0);

        long newSince(TagMark earlier) {
            return Math.max(highestId - earlier.highestId, Math.abs(rows - earlier.rows));
        }
    }

    /** @param mayWait whether this caller waits for the retrain after a material change (the werkgroep does) */
    private ThemeClassifier currentModel(boolean mayWait) throws SQLException {
        synchronized (this) {
            if (model == null) {
                // No model yet (first call after start): train it now, once, while other first callers wait for it.
                TagMark mark = tagMark();
                Instant now = clock.instant();
                model = train();
                trainedMark = mark;
                trainedAt = now;
                return model;
            }
        }
        long waitUntil = System.nanoTime() + WAIT_FOR_RETRAIN.toNanos();
        TagMark mark = tagMark();
        while (true) {
            CompletableFuture<Void> pending;
            TagMark before;
            synchronized (this) {
                before = trainedMark;
                long changed = mark.newSince(trainedMark);
                boolean material = changed >= Math.max(MATERIAL_NEW_TAGS,
                        Math.min(MATERIAL_SHARE * trainedMark.rows(), MATERIAL_ALWAYS));
                Instant now = clock.instant();
                boolean stale = (changed > 0 && trainedAt.plus(RETRAIN_AFTER).isBefore(now))
                        || trainedAt.plus(REFRESH_AFTER).isBefore(now);
                if (!material && !stale) {
                    return model;
                }
                if (retraining == null) {
                    startRetrain();
                }
                if (!material || !mayWait) {
                    return model; // the current model answers at once; the fresh one replaces it when ready
                }
                pending = retraining;
            }
            long left = waitUntil - System.nanoTime();
            if (left <= 0 || !awaited(pending, left)) {
                LOG.info("Theme suggestions answered by the previous model: the retrain after a large tagging change is not ready yet");
                synchronized (this) {
                    return model;
                }
            }
            synchronized (this) {
                if (trainedMark.equals(before)) {
                    return model; // the retrain failed (and logged why): the previous model answers
                }
            }
            // A retrain that started before the change committed does not know it yet: check again.
        }
    }

    private static boolean awaited(CompletableFuture<Void> pending, long nanos) {
        try {
            pending.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // logged by the retrain itself; the previous model answers
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts one retrain on the background executor; {@code retraining} completes when it is done (or failed). */
    private void startRetrain() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        retraining = done;
        Runnable task = () -> {
            try {
                retrain();
            } finally {
                synchronized (this) {
                    if (retraining == done) {
                        retraining = null;
                    }
                }
                done.complete(null);
            }
        };
        try {
            background.execute(task);
        } catch (RuntimeException e) {
            retraining = null;
            done.complete(null);
            LOG.warn("Could not start retraining the theme suggestions", e);
        }
    }

    private void retrain() {
        try {
            TagMark mark = tagMark();
            Instant now = clock.instant();
            ThemeClassifier fresh = train();
            synchronized (this) {
                model = fresh;
                trainedMark = mark;
                trainedAt = now;
            }
        } catch (SQLException | RuntimeException e) {
            // The previous model keeps answering; the next stale call tries again.
            LOG.warn("Retraining the theme suggestions failed", e);
            synchronized (this) {
                trainedAt = clock.instant(); // not again at once: a broken retrain must not run on every request
            }
        }
    }

    private TagMark tagMark() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT MAX(id), COUNT(*) FROM submission_theme");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return new TagMark(rows.getLong(1), rows.getLong(2));
        }
    }

    private ThemeClassifier train() throws SQLException {
        List<ThemeClassifier.ThemeText> texts = vocabulary.enrich(themes.findByActiveOrderByPosition(true).stream()
                .map(ThemeSuggestions::text).toList());
        // The classifier's own analysis also splits compounds of the vocabulary words ("scooterrijders"); the
        // search index keeps its analysis from the database example words only.
        DutchAnalysis analysis = DutchAnalysis.withExtraWords(
                texts.stream().map(ThemeClassifier.ThemeText::exampleWords).filter(Objects::nonNull).toList());
        long started = System.nanoTime();
        List<ThemeClassifier.Example> tagged = taggedInputs();
        ThemeClassifier trained = ThemeClassifier.train(analysis, texts, tagged);
        ThemeClassifier.Validation v = trained.validation();
        // Counts and settings only: never the texts.
        LOG.info("Theme suggestions trained on {} tagged inputs and {} themes in {} ms; settings {} (cross-validated "
                        + "top-1 {}, top-3 {})", tagged.size(), texts.size(), (System.nanoTime() - started) / 1_000_000,
                v.chosen(), v.top1(), v.top3());
        return trained;
    }

    private static ThemeClassifier.ThemeText text(Thema thema) {
        return new ThemeClassifier.ThemeText(thema.code(), thema.name(), thema.description(), thema.exampleWords());
    }

    private Optional<String> textOf(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT problem, solution FROM submission WHERE id = ? AND problem IS NOT NULL")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String solution = rows.getString(2);
                return Optional.of(rows.getString(1) + (solution == null ? "" : " " + solution));
            }
        }
    }

    private List<ThemeClassifier.Example> taggedInputs() throws SQLException {
        Map<Long, String> textById = new LinkedHashMap<>();
        Map<Long, List<String>> labels = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT s.id, s.problem, s.solution, st.thema_code FROM submission s "
                             + "JOIN submission_theme st ON st.submission_id = s.id "
                             + "JOIN (SELECT DISTINCT x.id FROM submission x JOIN submission_theme y ON y.submission_id = x.id "
                             + "      WHERE x.problem IS NOT NULL AND x.status NOT IN ('INGETROKKEN', 'SPAM') "
                             + "      ORDER BY x.id DESC LIMIT " + MAX_TRAINING_INPUTS + ") recent ON recent.id = s.id "
                             + "ORDER BY s.id, st.is_primary DESC, st.id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String solution = rows.getString(3);
                textById.putIfAbsent(id, rows.getString(2) + (solution == null ? "" : " " + solution));
                labels.computeIfAbsent(id, k -> new ArrayList<>()).add(rows.getString(4));
            }
        }
        List<ThemeClassifier.Example> examples = new ArrayList<>();
        textById.forEach((id, text) -> examples.add(new ThemeClassifier.Example(id, text, labels.get(id))));
        return examples;
    }
}
