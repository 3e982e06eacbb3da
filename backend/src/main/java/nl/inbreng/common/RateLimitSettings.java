package nl.inbreng.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Per-client limit on state-changing public requests: a bucket of {@code burst} tokens refilled at
 * {@code perMinute}. The default (30 at once, 30 a minute) leaves room for a shared market-stall tablet.
 */
@ConfigurationProperties("inbreng.rate-limit")
public record RateLimitSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "30") int burst,
        @Bindable(defaultValue = "30") int perMinute) {
}
