package nl.inbreng.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token bucket per client for every POST and DELETE under /api/v1. The bucket is keyed on a salted hash of
 * the client address (the socket's peer, or what a trusted proxy says: {@link ClientAddress}); the salt is random per
 * process and never leaves memory, so no address is stored or logged, and nothing is written to the database.
 */
@ServerFilter("/api/v1/**")
class RateLimitFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final RateLimitSettings settings;
    private final ClientAddress addresses;
    private final String salt;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitSettings settings, ClientAddress addresses) {
        this.settings = settings;
        this.addresses = addresses;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.salt = HexFormat.of().formatHex(random);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (!settings.enabled() || request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD
                || request.getMethod() == HttpMethod.OPTIONS) {
            return null;
        }
        String client = IdempotentRequests.sha256Hex(salt + addresses.limitKey(request));
        if (buckets.size() > MAX_CLIENTS) {
            // a flood of distinct addresses must not grow memory without end; a full bucket is the same as none
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.isFull(settings.burst(), settings.perMinute(), now));
            if (buckets.size() > MAX_CLIENTS) {
                buckets.clear();
            }
        }
        long waitSeconds = buckets.computeIfAbsent(client, c -> new Bucket(settings.burst()))
                .take(settings.burst(), settings.perMinute(), System.nanoTime());
        if (waitSeconds == 0) {
            return null;
        }
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(waitSeconds))
                .body(Problem.of(429, DutchProblemTitles.forStatus(429),
                        "U heeft veel berichten kort na elkaar gestuurd. Wacht " + waitSeconds
                                + " seconden en probeer het dan opnieuw."))
                .contentType(Problem.MEDIA_TYPE);
    }

    /** Tokens refill continuously; take() answers 0 when allowed, else the seconds until the next token. */
    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(int burst) {
            this.tokens = burst;
            this.updatedNanos = System.nanoTime();
        }

        synchronized boolean isFull(int burst, int perMinute, long nowNanos) {
            return tokens + (nowNanos - updatedNanos) * (perMinute / 60e9) >= burst;
        }

        synchronized long take(int burst, int perMinute, long nowNanos) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(burst, tokens + (nowNanos - updatedNanos) * perNano);
            updatedNanos = nowNanos;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
