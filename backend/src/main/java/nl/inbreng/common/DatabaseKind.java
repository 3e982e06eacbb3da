package nl.inbreng.common;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Tells the embedded default (H2 in MySQL mode) apart from a real MySQL-family server. */
@Singleton
public class DatabaseKind {

    private final String url;

    DatabaseKind(@Value("${datasources.default.url}") String url) {
        this.url = url;
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** A MySQL or MariaDB server, for any data source's URL. */
    static boolean isMysqlFamily(String url) {
        return url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"));
    }
}
