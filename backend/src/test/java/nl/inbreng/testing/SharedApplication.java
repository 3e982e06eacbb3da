package nl.inbreng.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the application for {@link RealDatabaseTest} classes and fills their {@code @Inject} fields. Classes with the
 * same settings share one running application, where Micronaut Test would start one per class: the whole run already
 * shares one database schema, so a new start per class bought no isolation, only half a minute of start-ups.
 * At most {@link #KEPT} applications run at once (the one most classes use and the latest other one); they stop when
 * the test run ends.
 */
final class SharedApplication implements TestInstancePostProcessor {

    /** Enough for the common settings plus one class with its own (a mail server, small rate limits, …). */
    static final int KEPT = 2;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApplication.class);
    /** Least recently used first. */
    private static final LinkedHashMap<Map<String, String>, Running> RUNNING = new LinkedHashMap<>(4, 0.75f, true);

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        Map<String, String> settings = ((RealDatabaseTest) testInstance).settings();
        // the root store closes its values once, after the last test class of the run
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(StopAll.class, key -> new StopAll(), StopAll.class);
        runningWith(settings).inject(testInstance);
    }

    private static synchronized Running runningWith(Map<String, String> settings) {
        Running running = RUNNING.get(settings);
        if (running != null) {
            return running;
        }
        Iterator<Running> oldest = RUNNING.values().iterator();
        while (RUNNING.size() >= KEPT && oldest.hasNext()) {
            oldest.next().stop();
            oldest.remove();
        }
        running = Running.start(settings);
        RUNNING.put(settings, running);
        return running;
    }

    /** One started application with its embedded server and the HTTP client that {@code @Client("/")} fields get. */
    private record Running(ApplicationContext context, EmbeddedServer server, HttpClient client) {

        static Running start(Map<String, String> settings) {
            Map<String, Object> properties = new HashMap<>(settings);
            properties.put("inbreng.data-dir", temporaryDataDir());
            ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start();
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            return new Running(context, server, context.createBean(HttpClient.class, server.getURL()));
        }

        void inject(Object testInstance) throws IllegalAccessException {
            for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Inject.class)) {
                        field.setAccessible(true);
                        field.set(testInstance, valueFor(field));
                    }
                }
            }
        }

        private Object valueFor(Field field) {
            if (field.isAnnotationPresent(Client.class)) {
                if (field.getType() != HttpClient.class || !"/".equals(field.getAnnotation(Client.class).value())) {
                    throw new IllegalStateException("Only @Client(\"/\") HttpClient is supported: " + field);
                }
                return client;
            }
            return context.getBean(Argument.of(field.getGenericType()));
        }

        void stop() {
            client.close();
            if (server.isRunning()) {
                server.stop();
            }
            context.close();
        }

        private static String temporaryDataDir() {
            try {
                return Files.createTempDirectory("inbreng-test-data").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class StopAll implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            synchronized (SharedApplication.class) {
                RUNNING.values().forEach(Running::stop);
                RUNNING.clear();
            }
        }
    }
}
