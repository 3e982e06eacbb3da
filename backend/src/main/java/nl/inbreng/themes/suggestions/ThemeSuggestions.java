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
import java.util.concurrent.ExecutorService;

/**
 * Top theme suggestions for one input. The model is trained on the active themes (with the built-in resident
 * vocabulary) and the most recent tagged inputs. Once a model exists, a stale one keeps answering while a fresh one
 * is trained in the background (at most once a minute), so every new tag by the werkgroep soon counts without an
 * analyst ever waiting seconds for a retrain in the detail view.
 */
@Singleton
public class ThemeSuggestions {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeSuggestions.class);

    static final int TOP = 3;
    private static final int MAX_TRAINING_INPUTS = 5_000;
    private static final Duration RETRAIN_AFTER = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final ThemaRepository themes;
    private final ExecutorService background;
    private final Clock clock;
    private final ThemeVocabulary vocabulary = ThemeVocabulary.builtIn();
    private ThemeClassifier model;
    private Instant trainedAt = Instant.EPOCH;
    private boolean retraining;

    ThemeSuggestions(DataSource dataSource, ThemaRepository themes,
                     @Named(TaskExecutors.BLOCKING) ExecutorService background, Clock clock) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.themes = themes;
        this.background = background;
        this.clock = clock;
    }

    /** The best themes for the input, best first; empty when the input does not exist or has no text left. */
    public Optional<List<ThemeClassifier.Suggestion>> forSubmission(long submissionId) {
        try {
            Optional<String> text = textOf(submissionId);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(currentModel().suggest(text.get(), TOP));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read inputs for theme suggestions", e);
        }
    }

    /**
     * The best themes for a text that is not stored anywhere (a resident still writing), best first. The text is only
     * scored: it is neither kept nor logged.
     */
    public List<ThemeClassifier.Suggestion> forText(String text) {
        try {
            return currentModel().suggest(text, TOP);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read inputs for theme suggestions", e);
        }
    }

    private ThemeClassifier currentModel() throws SQLException {
        synchronized (this) {
            if (model != null) {
                if (!retraining && trainedAt.plus(RETRAIN_AFTER).isBefore(clock.instant())) {
                    retraining = true;
                    background.execute(this::retrainInBackground);
                }
                return model;
            }
        }
        // No model yet (first call after start): train it now, once, while other first callers wait for it.
        synchronized (this) {
            if (model == null) {
                Instant now = clock.instant();
                model = train();
                trainedAt = now;
            }
            return model;
        }
    }

    private void retrainInBackground() {
        Instant now = clock.instant();
        try {
            ThemeClassifier fresh = train();
            synchronized (this) {
                model = fresh;
                trainedAt = now;
            }
        } catch (SQLException | RuntimeException e) {
            // The previous model keeps answering; the next stale call tries again.
            LOG.warn("Retraining the theme suggestions failed", e);
        } finally {
            synchronized (this) {
                retraining = false;
            }
        }
    }

    private ThemeClassifier train() throws SQLException {
        List<ThemeClassifier.ThemeText> texts = vocabulary.enrich(themes.findByActiveOrderByPosition(true).stream()
                .map(ThemeSuggestions::text).toList());
        // The classifier's own analysis also splits compounds of the vocabulary words ("scooterrijders"); the
        // search index keeps its analysis from the database example words only.
        DutchAnalysis analysis = DutchAnalysis.withExtraWords(
                texts.stream().map(ThemeClassifier.ThemeText::exampleWords).filter(Objects::nonNull).toList());
        return ThemeClassifier.train(analysis, texts, taggedInputs());
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
        textById.forEach((id, text) -> examples.add(new ThemeClassifier.Example(text, labels.get(id))));
        return examples;
    }
}
