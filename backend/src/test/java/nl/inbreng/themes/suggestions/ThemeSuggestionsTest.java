package nl.inbreng.themes.suggestions;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@MicronautTest(transactional = false)
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
        // Made-up words: no theme text knows them, so only tagged inputs can teach the model where they belong.
        long input = inputs.add(round, "Bij de flimmelbrug staat weer een zwoerpkar.");
        inputs.add(round, "De zwoerpkar bij de flimmelbrug lekt iets.", "4.3");
        MovableClock clock = new MovableClock();
        HeldTasks background = new HeldTasks();
        ThemeSuggestions suggestions = new ThemeSuggestions(dataSource, themes, background, clock);

        List<ThemeClassifier.Suggestion> first = suggestions.forSubmission(input).orElseThrow();
        for (int i = 0; i < 6; i++) {
            inputs.add(round, "Zwoerpkar en flimmelbrug, zwoerpkar bij de flimmelbrug.", "5.5");
        }
        clock.advance(Duration.ofMinutes(2));
        List<ThemeClassifier.Suggestion> stale = suggestions.forSubmission(input).orElseThrow();
        suggestions.forSubmission(input);

        assertEquals(first, stale, "the stale model answers at once");
        assertEquals(1, background.tasks.size(), "one retrain at a time");
        assertNotEquals("5.5", stale.get(0).code());

        background.tasks.get(0).run();

        assertEquals("5.5", suggestions.forSubmission(input).orElseThrow().get(0).code());
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
