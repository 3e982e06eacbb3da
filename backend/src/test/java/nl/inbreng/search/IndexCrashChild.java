package nl.inbreng.search;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/**
 * Runs in a separate JVM for {@link IndexCrashConsistencyTest}: stores inputs one by one while the outbox worker
 * indexes them, until the test kills this process. Arguments: database url, user, password, data dir, round id.
 */
public final class IndexCrashChild {

    private IndexCrashChild() {
    }

    public static void main(String[] args) {
        ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", args[0],
                "datasources.default.username", args[1],
                "datasources.default.password", args[2],
                "inbreng.data-dir", args[3],
                "inbreng.demo-data", "false"), "test");
        IndexedInputs inputs = context.getBean(IndexedInputs.class);
        long round = Long.parseLong(args[4]);
        for (int i = 0; ; i++) {
            inputs.add(round, "Melding " + i + ": fietsen worden gestolen bij het station, elke week weer.", "1.3");
            if (i % 50 == 0) {
                System.out.println("STORED " + i);
                System.out.flush();
            }
        }
    }
}
