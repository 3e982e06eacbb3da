package nl.inbreng.themes;

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
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Themes by code from memory: every submission checks its theme codes, and two look-ups per input were the largest
 * share of its CPU time. Any save, update or delete of a theme through its repository drops the copy; another
 * replica's change is seen within {@link #MAX_AGE} (docs/adr/0175-reference-data-in-memory.md).
 */
@Singleton
public class ThemeLookup implements EntityEventListener<Thema> {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final ReferenceData<Map<String, Thema>> byCode;

    ThemeLookup(ThemaRepository themas, TransactionOperations<Connection> transactions) {
        this.byCode = new ReferenceData<>(() -> {
            Map<String, Thema> all = new HashMap<>();
            themas.findAll().forEach(thema -> all.put(thema.code(), thema));
            return Map.copyOf(all);
        }, MAX_AGE, transactions);
    }

    public Optional<Thema> find(String code) {
        return Optional.ofNullable(byCode.get().get(code));
    }

    /** A theme a resident may choose: active and not one of an import's working labels. */
    public boolean isPublic(String code) {
        return find(code).filter(t -> t.active() && t.kind() != Thema.ThemaKind.IMPORT).isPresent();
    }

    @Override
    public boolean supports(RuntimePersistentEntity<Thema> entity, Class<? extends Annotation> eventType) {
        return eventType == PostPersist.class || eventType == PostUpdate.class || eventType == PostRemove.class;
    }

    @Override
    public void postPersist(EntityEventContext<Thema> context) {
        byCode.changed();
    }

    @Override
    public void postUpdate(EntityEventContext<Thema> context) {
        byCode.changed();
    }

    @Override
    public void postRemove(EntityEventContext<Thema> context) {
        byCode.changed();
    }
}
