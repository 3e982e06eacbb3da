package nl.inbreng.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a state-changing request at most once per Idempotency-Key. The pending record is inserted first, so
 * of several concurrent retries exactly one wins the unique key and does the work; the others wait for the
 * winner's answer and replay it. The work and the stored answer commit in one transaction, so an answer is
 * only ever replayed for work that really happened. When the work fails, the record goes, and the same key
 * may be tried again.
 */
@Singleton
public class IdempotentRequests {

    /** What a use case answered, before it becomes HTTP. */
    public record Answer(int status, Object body) {
    }

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Duration WAIT_FOR_WINNER = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration KEEP = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdempotencyRecordRepository records;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(IdempotencyRecordRepository records, TransactionOperations<Connection> transactions,
                       JsonMapper json, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Does the work once for this key and scope (e.g. "POST /api/v1/submissions"), or replays its answer. */
    public HttpResponse<?> run(@Nullable String key, String scope, Object request, Supplier<Answer> work) {
        if (key == null) {
            return toResponse(transactions.executeWrite(status -> work.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(HEADER,
                    "Gebruik een Idempotency-Key van 1 tot 200 gewone tekens, zonder spaties.");
        }
        String keyHash = sha256Hex("inbreng-idempotency-id\0" + scope + "\0" + key);
        String requestHash = sha256Hex(writeJson(request));
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<IdempotencyRecord> won = tryClaim(keyHash, requestHash);
            if (won.isPresent()) {
                return doWork(won.get(), key, work);
            }
            Optional<HttpResponse<?>> replay = awaitWinner(keyHash, requestHash, key);
            if (replay.isPresent()) {
                return replay.get();
            }
            // the winner failed and removed its claim: try to claim the key ourselves
        }
        return stillRunning();
    }

    private Optional<IdempotencyRecord> tryClaim(String keyHash, String requestHash) {
        try {
            return Optional.of(records.save(new IdempotencyRecord(null, keyHash, requestHash, null, null,
                    LocalDateTime.now(clock), null)));
        } catch (DataAccessException e) {
            if (isDuplicateKey(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private HttpResponse<?> doWork(IdempotencyRecord claim, String key, Supplier<Answer> work) {
        try {
            Answer answer = transactions.executeWrite(status -> {
                Answer result = work.get();
                records.complete(claim.id(), result.status(), encrypt(key, writeJson(result.body())), LocalDateTime.now(clock));
                return result;
            });
            return toResponse(answer);
        } catch (RuntimeException e) {
            records.deleteById(claim.id());
            throw e;
        }
    }

    private Optional<HttpResponse<?>> awaitWinner(String keyHash, String requestHash, String key) {
        long deadline = System.nanoTime() + WAIT_FOR_WINNER.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<IdempotencyRecord> found = records.findByKeyHash(keyHash);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            IdempotencyRecord record = found.get();
            if (!record.requestHash().equals(requestHash)) {
                return Optional.of(HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                        .body(Problem.of(422, "Deze sleutel is al gebruikt",
                                "Deze Idempotency-Key hoort bij een ander verzoek. Gebruik een nieuwe sleutel."))
                        .contentType(Problem.MEDIA_TYPE));
            }
            if (record.isCompleted()) {
                return Optional.of(HttpResponse.status(HttpStatus.valueOf(record.statusCode()))
                        .body(decrypt(key, record.answerCipher()))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("Idempotent-Replayed", "true"));
            }
            sleep(POLL);
        }
        return Optional.of(stillRunning());
    }

    private static HttpResponse<?> stillRunning() {
        return HttpResponse.status(HttpStatus.CONFLICT)
                .body(Problem.of(409, "Uw verzoek wordt nog verwerkt",
                        "Wacht een paar seconden en probeer het dan opnieuw."))
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "2");
    }

    private static HttpResponse<?> toResponse(Answer answer) {
        return HttpResponse.status(HttpStatus.valueOf(answer.status())).body(answer.body());
    }

    /** Claims are kept a day: long enough for any client retry, short enough to hold nothing for long. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetOldRecords() {
        records.deleteByCreatedAtLessThan(LocalDateTime.now(clock).minus(KEEP));
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDuplicateKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static String encrypt(String key, String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(key), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static String decrypt(String key, String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey(key), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored idempotent answer cannot be read", e);
        }
    }

    private static SecretKeySpec aesKey(String key) {
        return new SecretKeySpec(sha256("inbreng-idempotency-enc\0" + key), "AES");
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an earlier identical request", e);
        }
    }
}
