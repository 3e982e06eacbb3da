package nl.inbreng.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * A JVM that has run out of memory keeps its port open but answers nothing, so a platform sees it "up" and never
 * restarts it. The operator's flag -XX:+ExitOnOutOfMemoryError is the real cure (infra/Dockerfile, README); a jar
 * cannot set its own JVM flags, so at start this warns when the flag is missing and, as a fallback, ends the
 * process when an OutOfMemoryError reaches the top of any thread.
 */
public final class OutOfMemoryExit {

    /** The exit status after an OutOfMemoryError, as the JVM flag would give (3). */
    static final int EXIT_STATUS = 3;
    static final String FLAG = "-XX:+ExitOnOutOfMemoryError";

    private static final Logger LOG = LoggerFactory.getLogger(OutOfMemoryExit.class);

    private OutOfMemoryExit() {
    }

    public static void install() {
        if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains(FLAG)) {
            LOG.warn("Start Java with {} so that the platform restarts Inbreng after an out-of-memory error "
                    + "(see infra/README.md).", FLAG);
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (causedByOutOfMemory(error)) {
                // halt, not exit: shutdown hooks would need memory and threads that may no longer be there
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                thread.getThreadGroup().uncaughtException(thread, error);
            }
        });
    }

    static boolean causedByOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
