package nl.inbreng.common;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Connector/J settings for a MySQL-family database, each measured on the submission path (docs/benchmarks.md,
 * issue 19; docs/adr/0177-mysql-driver-settings.md). The embedded H2 refuses settings it does not know, so they are
 * added only to a MySQL or MariaDB URL, and a setting the operator wrote in the URL is left as written.
 */
@Singleton
public class MysqlDriverSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    public static final Map<String, String> SETTINGS = Map.of(
            // Every request prepares the same few statements; parsing them again was ~10 % of a request's CPU.
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            // A batch of rows (an input's themes) goes as one multi-row INSERT: one round trip instead of one per row.
            "rewriteBatchedStatements", "true",
            // Answer getAutoCommit/getTransactionIsolation from what the driver already knows, and skip a commit or
            // rollback when the server says no transaction is open.
            "useLocalSessionState", "true",
            "useLocalTransactionState", "true",
            // Read the server's variables once per pool instead of once per new connection (start-up, pool growth).
            "cacheServerConfiguration", "true");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        return apply(event.getBean());
    }

    static DatasourceConfiguration apply(DatasourceConfiguration configuration) {
        String url = configuration.getUrl();
        if (DatabaseKind.isMysqlFamily(url)) {
            SETTINGS.forEach((name, value) -> {
                if (!url.contains(name + "=")) {
                    configuration.addDataSourceProperty(name, value);
                }
            });
        }
        return configuration;
    }
}
