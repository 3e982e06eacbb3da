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
 * Runs a state-changing request at most once per Idempotency-Key. The claim on the key is the first row the work's
 * own transaction writes: its unique key_hash makes a concurrent retry wait for that transaction, and the claim lives
 * exactly as long as the transaction does. It commits together with the work and the stored answer, or not at all, so
 * a retry finds either both or neither: a crash, a killed database or a commit whose outcome the application never
 * heard leaves no claim that blocks the key, and never lets a retry store the work a second time
 * (docs/adr/0117-idempotency-claim-in-the-work-transaction.md). When the work fails (e.g. 400), nothing is kept and
 * the same key may be tried again.
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
        long deadline = System.nanoTime() + WAIT_FOR_WINNER.toNanos();
        while (true) {
            // a committed answer is replayed without opening a transaction or waiting on any lock
            Optional<IdempotencyRecord> earlier = records.findByKeyHash(keyHash);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash, key);
            }
            Optional<Answer> done = claimAndWork(keyHash, requestHash, key, work);
            if (done.isPresent()) {
                return toResponse(done.get());
            }
            // another request held the key; it committed (replay on the next turn) or rolled back (try again)
            if (System.nanoTime() > deadline) {
                return stillRunning();
            }
            sleep(POLL);
        }
    }

    /**
     * One transaction: the claim, the work, the answer. Inserting the claim waits while another transaction holds the
     * same key and fails once that one committed; then nothing of this attempt is kept.
     */
    private Optional<Answer> claimAndWork(String keyHash, String requestHash, String key, Supplier<Answer> work) {
        try {
            return Optional.of(transactions.executeWrite(status -> {
                IdempotencyRecord claim = claim(keyHash, requestHash);
                Answer result = work.get();
                records.complete(claim.id(), result.status(), encrypt(key, writeJson(result.body())), LocalDateTime.now(clock));
                return result;
            }));
        } catch (RuntimeException e) {
            if (isKeyTaken(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private IdempotencyRecord claim(String keyHash, String requestHash) {
        try {
            return records.save(new IdempotencyRecord(null, keyHash, requestHash, null, null, LocalDateTime.now(clock), null));
        } catch (DataAccessException e) {
            if (isDuplicateKey(e)) {
                throw new KeyTaken(e);
            }
            throw e;
        }
    }

    private static boolean isKeyTaken(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof KeyTaken) {
                return true;
            }
        }
        return false;
    }

    /** The claim insert met a committed or concurrently committing claim; only this class raises it. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken(Throwable cause) {
            super("Idempotency key already claimed", cause, false, false);
        }
    }

    private HttpResponse<?> replay(IdempotencyRecord record, String requestHash, String key) {
        if (!record.requestHash().equals(requestHash)) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(Problem.of(422, "Deze sleutel is al gebruikt",
                            "Deze Idempotency-Key hoort bij een ander verzoek. Gebruik een nieuwe sleutel."))
                    .contentType(Problem.MEDIA_TYPE);
        }
        return HttpResponse.status(HttpStatus.valueOf(record.statusCode()))
                .body(decrypt(key, record.answerCipher()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true");
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
