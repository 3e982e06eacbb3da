package nl.inbreng.demo;

import io.micronaut.serde.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled Dutch corpus under demo/corpus: demo content for the embedded default and the gold-labelled
 * development set for search, theme suggestions and clustering. files.txt lists the parts.
 */
public final class DemoCorpus {

    private static final String FOLDER = "demo/corpus/";

    private DemoCorpus() {
    }

    public static List<CorpusEntry> load(ObjectMapper json) {
        List<CorpusEntry> entries = new ArrayList<>();
        for (String file : lines(FOLDER + "files.txt")) {
            for (String line : lines(FOLDER + file)) {
                try {
                    entries.add(json.readValue(line, CorpusEntry.class));
                } catch (IOException e) {
                    throw new UncheckedIOException("Broken corpus line in " + file, e);
                }
            }
        }
        return entries;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing corpus resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
