package nl.inbreng.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.common.InbrengSettings;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: a withdrawn input's words must be gone from the index folder's bytes when DELETE answers 204, not only
 * marked deleted until some later merge (ADR 0112). Greps every file under INBRENG_DATA_DIR/index.
 */
class WithdrawalErasesIndexFilesTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    InbrengSettings settings;
    @Inject
    SearchIndex index;
    @Inject
    IndexedInputs inputs;

    @Test
    void theWithdrawnWordsAreGoneFromTheIndexFilesWhenTheWithdrawalAnswers() throws IOException {
        // Random letters and digits: nothing else in the index shares their bytes, so compression cannot hide them.
        String word = "Kwartelhok" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String term = index.analysis().stems(word).get(0);
        Map<?, ?> created = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/submissions", Map.of(
                "problem", "Bij de speeltuin staat een " + word + " vol kapot glas.",
                "respondentType", "INWONER", "themeCodes", List.of("1.2"))), Map.class);
        // Other inputs in the same segment: a segment with one deleted input out of ten is below the share of
        // deletions (20 %) at which Lucene's ordinary merges would rewrite it anyway.
        long round = inputs.newRound();
        for (int i = 0; i < 9; i++) {
            inputs.add(round, "De lantaarnpaal bij school " + i + " is al weken kapot.", "1.2");
        }
        worker.awaitCaughtUp();
        // In a real index inputs share segments (a rebuild writes one, merges join them); a segment whose only input
        // is deleted would simply be dropped, which proves nothing.
        index.writer().forceMerge(1);
        index.writer().commit();
        assertTrue(indexFilesContain(word) || indexFilesContain(term),
                () -> "the grep sees the word while the input is there: " + word + " " + listing());

        HttpResponse<?> withdrawn = client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/submissions/" + created.get("receipt")));

        assertEquals(HttpStatus.NO_CONTENT, withdrawn.getStatus());
        assertFalse(indexFilesContain(word), "the withdrawn word is still in a segment file");
        assertFalse(indexFilesContain(term), "the withdrawn word's index term is still in a segment file");
    }

    private String listing() {
        try (Stream<Path> files = Files.walk(settings.dataPath().resolve("index"))) {
            return files.map(p -> p.getFileName() + ":" + p.toFile().length()).toList().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean indexFilesContain(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(settings.dataPath().resolve("index"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needle)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
