package nl.inbreng.common;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A process that ran out of memory must end, so that its platform starts a fresh one. */
class OutOfMemoryExitTest {

    @Test
    void endsTheProcessWhenAThreadRunsOutOfMemoryEvenWithoutTheJvmFlag() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), Child.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        // the child would idle for two minutes if the handler did not end it
        assertTrue(child.waitFor(100, TimeUnit.SECONDS), "the child still runs after its out-of-memory error");
        assertEquals(OutOfMemoryExit.EXIT_STATUS, child.exitValue());
    }

    @Test
    void recognisesAnOutOfMemoryErrorWrappedAsTheCause() {
        assertTrue(OutOfMemoryExit.causedByOutOfMemory(new IllegalStateException(new OutOfMemoryError("heap"))));
        assertEquals(false, OutOfMemoryExit.causedByOutOfMemory(new IllegalStateException("no memory trouble")));
    }

    /** Installs the handler, then fills the heap on a worker thread while the main thread idles. */
    static final class Child {
        public static void main(String[] args) throws InterruptedException {
            OutOfMemoryExit.install();
            Thread worker = new Thread(() -> {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 20]);
                }
            }, "hoarder");
            worker.start();
            Thread.sleep(120_000);
        }
    }
}
