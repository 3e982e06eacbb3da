package nl.inbreng.rounds;

import io.micronaut.data.annotation.event.PostPersist;
import io.micronaut.data.annotation.event.PostRemove;
import io.micronaut.data.annotation.event.PostUpdate;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.common.ReferenceData;

import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rounds that have not closed yet, with their themes, from memory: every submission without a round of its own
 * asks which round is open for it, and one with a round checks it. A save, update or delete of a round or a round
 * theme through its repository drops the copy; a round another replica created is seen within {@link #MAX_AGE}
 * (docs/adr/0175-reference-data-in-memory.md). A question about a moment before the copy was loaded, or about a round
 * it does not hold, goes to the database, so closed rounds and older moments are answered as before.
 */
@Singleton
public class CurrentRounds implements EntityEventListener<Object> {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    /** A round with the theme codes it asks about; an empty set means every theme. */
    public record ScopedRound(Round round, Set<String> themeCodes) {

        public boolean covers(Collection<String> codes) {
            return themeCodes.isEmpty() || themeCodes.containsAll(codes);
        }
    }

    /** Every round with closesAt after {@code since}, by closing moment. */
    private record Snapshot(LocalDateTime since, Map<Long, ScopedRound> byId) {
    }

    private final RoundRepository rounds;
    private final RoundThemeRepository roundThemes;
    private final ReferenceData<Snapshot> current;

    CurrentRounds(RoundRepository rounds, RoundThemeRepository roundThemes, Clock clock,
                  TransactionOperations<Connection> transactions) {
        this.rounds = rounds;
        this.roundThemes = roundThemes;
        this.current = new ReferenceData<>(() -> {
            LocalDateTime since = LocalDateTime.now(clock);
            return new Snapshot(since, scoped(rounds.findByClosesAtGreaterThanOrderByClosesAt(since)));
        }, MAX_AGE, transactions);
    }

    /** The rounds open at this moment, by closing moment (soonest first). */
    public List<ScopedRound> openAt(LocalDateTime moment) {
        Snapshot snapshot = current.get();
        if (moment.isBefore(snapshot.since())) {
            // e.g. demo or imported input dated in the past: rounds closed since then are not in memory
            return List.copyOf(scoped(rounds.findByOpensAtLessThanEqualsAndClosesAtGreaterThanOrderByClosesAt(moment, moment))
                    .values());
        }
        return snapshot.byId().values().stream().filter(scoped -> scoped.round().isOpenAt(moment)).toList();
    }

    /** The round with its themes, whether open, closed or not yet open. */
    public Optional<ScopedRound> find(long id) {
        ScopedRound held = current.get().byId().get(id);
        if (held != null) {
            return Optional.of(held);
        }
        return rounds.findById(id).map(round -> scoped(List.of(round)).get(round.id()));
    }

    private Map<Long, ScopedRound> scoped(List<Round> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> themes = roundThemes.findByRoundIdIn(found.stream().map(Round::id).toList()).stream()
                .collect(Collectors.groupingBy(RoundTheme::roundId,
                        Collectors.mapping(RoundTheme::themaCode, Collectors.toUnmodifiableSet())));
        Map<Long, ScopedRound> byId = new LinkedHashMap<>();
        for (Round round : found) {
            byId.put(round.id(), new ScopedRound(round, themes.getOrDefault(round.id(), Set.of())));
        }
        return byId;
    }

    @Override
    public boolean supports(RuntimePersistentEntity<Object> entity, Class<? extends Annotation> eventType) {
        Class<?> type = entity.getIntrospection().getBeanType();
        return (type == Round.class || type == RoundTheme.class)
                && (eventType == PostPersist.class || eventType == PostUpdate.class || eventType == PostRemove.class);
    }

    @Override
    public void postPersist(EntityEventContext<Object> context) {
        current.changed();
    }

    @Override
    public void postUpdate(EntityEventContext<Object> context) {
        current.changed();
    }

    @Override
    public void postRemove(EntityEventContext<Object> context) {
        current.changed();
    }
}
