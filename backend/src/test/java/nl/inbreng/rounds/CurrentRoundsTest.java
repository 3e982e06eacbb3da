package nl.inbreng.rounds;

import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rounds in memory follow every change made through the repositories at once, and older moments still work. */
class CurrentRoundsTest extends RealDatabaseTest {

    @Inject
    CurrentRounds currentRounds;
    @Inject
    RoundRepository rounds;
    @Inject
    RoundThemeRepository roundThemes;

    @Test
    void aRoundSavedAfterTheCopyWasLoadedIsOpenAtOnceWithItsThemes() {
        LocalDateTime now = LocalDateTime.now();
        currentRounds.openAt(now); // loads the copy

        Round saved = aRound().forEveryone().withThemes("3.1", "1.4").saveWith(rounds, roundThemes);

        List<CurrentRounds.ScopedRound> open = currentRounds.openAt(LocalDateTime.now());
        CurrentRounds.ScopedRound found = open.stream().filter(r -> r.round().id().equals(saved.id())).findFirst().orElseThrow();
        assertEquals(Set.of("3.1", "1.4"), found.themeCodes());
        assertTrue(found.covers(List.of("1.4")));
        assertFalse(found.covers(List.of("1.4", "2.1")));
    }

    @Test
    void aThemeAddedToARoundNarrowsItAtOnce() {
        Round saved = aRound().forEveryone().saveWith(rounds, roundThemes);
        assertTrue(currentRounds.find(saved.id()).orElseThrow().covers(List.of("5.2")));

        roundThemes.save(new RoundTheme(null, saved.id(), "3.1"));

        assertFalse(currentRounds.find(saved.id()).orElseThrow().covers(List.of("5.2")));
    }

    @Test
    void roundsClosedBeforeTheCopyAreFoundForOlderMomentsAndById() {
        LocalDateTime closed = LocalDateTime.now().minusDays(10).withNano(0);
        Round old = aRound().forEveryone().closedSince(closed).saveWith(rounds, roundThemes);
        currentRounds.openAt(LocalDateTime.now());

        assertTrue(currentRounds.openAt(closed.minusDays(1)).stream().anyMatch(r -> r.round().id().equals(old.id())));
        assertFalse(currentRounds.openAt(LocalDateTime.now()).stream().anyMatch(r -> r.round().id().equals(old.id())));
        assertEquals(old.title(), currentRounds.find(old.id()).orElseThrow().round().title());
    }

    @Test
    void aRoundThatOpensLaterIsNotOpenYet() {
        Round later = aRound().forEveryone().opensAt(LocalDateTime.now().plusDays(2).withNano(0)).saveWith(rounds, roundThemes);

        assertFalse(currentRounds.openAt(LocalDateTime.now()).stream().anyMatch(r -> r.round().id().equals(later.id())));
        assertTrue(currentRounds.openAt(LocalDateTime.now().plusDays(3)).stream().anyMatch(r -> r.round().id().equals(later.id())));
    }
}
