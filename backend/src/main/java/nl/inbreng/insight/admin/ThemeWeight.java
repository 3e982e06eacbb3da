package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A manual weight on one theme's score, for one round or (roundScope 0) for all rounds, with the reason why. */
@MappedEntity("theme_weight")
record ThemeWeight(@Id @GeneratedValue @Nullable Long id, long roundScope, String themaCode, BigDecimal weight,
                   String reason, Long setBy, LocalDateTime setAt) {

    /** The scope of the weight that holds for all rounds together. */
    static final long ALL_ROUNDS = 0;
}
