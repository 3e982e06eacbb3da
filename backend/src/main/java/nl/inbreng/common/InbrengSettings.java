package nl.inbreng.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/**
 * The product's own settings. {@code INBRENG_DATA_DIR} holds the embedded database and the search index;
 * {@code INBRENG_DEMO_DATA} is unset by default, which means "demo content on the embedded database only".
 */
@ConfigurationProperties("inbreng")
public record InbrengSettings(String dataDir, @Nullable Boolean demoData) {

    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }
}
