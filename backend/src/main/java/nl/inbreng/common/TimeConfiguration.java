package nl.inbreng.common;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One clock for the whole application, so tests can move time (round opening, lockouts, retention). */
@Factory
class TimeConfiguration {

    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
