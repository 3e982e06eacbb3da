package nl.inbreng.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Per-client limit on state-changing public requests: a bucket of {@code burst} tokens refilled at
 * {@code perMinute}. The default (30 at once, 30 a minute) leaves room for a shared market-stall tablet. Look-ups of a
 * receipt have their own, smaller bucket ({@code lookupBurst}, {@code lookupPerMinute}): a resident looks up their
 * own receipt a few times, a guesser thousands.
 */
@ConfigurationProperties("inbreng.rate-limit")
public record RateLimitSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "30") int burst,
        @Bindable(defaultValue = "30") int perMinute,
        @Bindable(defaultValue = "10") int lookupBurst,
        @Bindable(defaultValue = "10") int lookupPerMinute) {
}
