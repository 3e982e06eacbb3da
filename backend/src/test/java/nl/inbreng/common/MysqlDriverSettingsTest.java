package nl.inbreng.common;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver settings of ADR 0177 reach a MySQL-family pool, stay away from H2 and leave the operator's own alone. */
class MysqlDriverSettingsTest extends RealDatabaseTest {

    @Inject
    @Named("default")
    DatasourceConfiguration running;

    @Test
    void theRunningPoolOnTheRealDatabaseHasEverySetting() {
        MysqlDriverSettings.SETTINGS.forEach((name, value) ->
                assertEquals(value, running.getDataSourceProperties().getProperty(name), name));
    }

    @Test
    void theEmbeddedDatabaseGetsNone() {
        DatasourceConfiguration h2 = new DatasourceConfiguration("embedded");
        h2.setUrl("jdbc:h2:mem:inbreng;MODE=MySQL");
        assertTrue(MysqlDriverSettings.apply(h2).getDataSourceProperties().isEmpty());
    }

    @Test
    void aSettingInTheOperatorsUrlStaysAsWritten() {
        DatasourceConfiguration mariadb = new DatasourceConfiguration("operator");
        mariadb.setUrl("jdbc:mariadb://db.example:3306/inbreng?cachePrepStmts=false");
        var properties = MysqlDriverSettings.apply(mariadb).getDataSourceProperties();
        assertEquals(null, properties.getProperty("cachePrepStmts"));
        assertEquals("true", properties.getProperty("rewriteBatchedStatements"));
    }
}
