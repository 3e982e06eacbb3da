package nl.inbreng.themes.suggestions;

import jakarta.inject.Inject;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.themes.ThemaRepository;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeSuggestionsTest extends RealDatabaseTest {

    @Inject
    DataSource dataSource;
    @Inject
    ThemaRepository themes;
    @Inject
    IndexedInputs inputs;

    @Test
    void answersFromTheStaleModelWhileOneFreshModelTrainsAndThenUsesTheFreshOne() {
        long round = inputs.newRound();
        // Made-up words only: no theme text knows them, so only tagged inputs can teach the model where they belong.
        // Other tests' inputs share this schema, so the check is that the new tags lift 5.5, not a fixed ranking.
        long input = inputs.add(round, "Flimmelbrug zwoerpkar.");
        inputs.add(round, "Zwoerpkar flimmelbrug lekt.", "4.3");
        MovableClock clock = new MovableClock();
        HeldTasks background = new HeldTasks();
        ThemeSuggestions suggestions = new ThemeSuggestions(dataSource, themes, background, clock);

        List<ThemeClassifier.Suggestion> first = suggestions.forSubmission(input).orElseThrow();
        for (int i = 0; i < 8; i++) {
            inputs.add(round, "Zwoerpkar flimmelbrug, zwoerpkar flimmelbrug.", "5.5");
        }
        clock.advance(Duration.ofMinutes(2));
        List<ThemeClassifier.Suggestion> stale = suggestions.forSubmission(input).orElseThrow();
        suggestions.forSubmission(input);

        assertEquals(first, stale, "the stale model answers at once");
        assertEquals(1, background.tasks.size(), "one retrain at a time");

        background.tasks.get(0).run();

        List<ThemeClassifier.Suggestion> fresh = suggestions.forSubmission(input).orElseThrow();
        assertTrue(scoreOf(fresh, "5.5") > scoreOf(stale, "5.5"),
                () -> "the fresh model learnt the new tags: stale " + stale + ", fresh " + fresh);
    }

    @Test
    void afterALargeTaggingChangeSuchAsAnImportTheNextRequestWaitsForTheRetrainAndAnswersFromIt() {
        long round = inputs.newRound();
        long input = inputs.add(round, "Kwispelfoon gnorbelt in de gang.");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            ThemeSuggestions suggestions = new ThemeSuggestions(dataSource, themes, executor, new MovableClock());
            List<ThemeClassifier.Suggestion> before = suggestions.forSubmission(input).orElseThrow();
            // As an import of tagged rows does: many new tags at once, with made-up words only tagged inputs can teach.
            // Other tests' tags share this schema, so the change must be material whatever they hold: above the cap.
            for (int i = 0; i < ThemeSuggestions.MATERIAL_ALWAYS + 5; i++) {
                inputs.add(round, "Kwispelfoon gnorbelt weer " + i + ".", "5.4");
            }

            List<ThemeClassifier.Suggestion> after = suggestions.forSubmission(input).orElseThrow();

            assertEquals("5.4", after.get(0).code(), () -> "before " + before + ", right after the change " + after);
            assertTrue(after.get(0).explanation().taggedInputs() >= ThemeSuggestions.MATERIAL_NEW_TAGS);
            assertTrue(after.get(0).explanation().similar().stream().allMatch(s -> s.snippet().startsWith("Kwispelfoon")));
        } finally {
            executor.shutdownNow();
        }
    }

    /** The theme's score among the suggestions, 0 when it is not among them. */
    private static double scoreOf(List<ThemeClassifier.Suggestion> suggestions, String code) {
        return suggestions.stream().filter(s -> s.code().equals(code)).mapToDouble(ThemeClassifier.Suggestion::score)
                .findFirst().orElse(0);
    }

    @Test
    void suggestsNothingForAnInputThatDoesNotExist() {
        ThemeSuggestions suggestions = new ThemeSuggestions(dataSource, themes, new HeldTasks(), new MovableClock());

        assertEquals(Optional.empty(), suggestions.forSubmission(987_654_321L));
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-22T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Holds background work until the test runs it, so the test decides when a retrain finishes. */
    private static final class HeldTasks extends AbstractExecutorService {

        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
