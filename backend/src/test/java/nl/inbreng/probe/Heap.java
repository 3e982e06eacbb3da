package nl.inbreng.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap another JVM holds after a full collection, read with the JDK's jcmd: what is really kept, not garbage
 * waiting to be collected. Answers -1 where jcmd cannot attach (some containers forbid it); callers then rely on the
 * bounded heap and ExitOnOutOfMemoryError of the process they watch.
 */
final class Heap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private Heap() {
    }

    static long usedAfterFullGc(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return -1;
        }
        try {
            run(jcmd, pid, "GC.run");
            Matcher used = USED.matcher(run(jcmd, pid, "GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The process's resident memory now, in KB, from /proc (Linux); -1 elsewhere. */
    static long residentKb(long pid) {
        return procStatus(pid, "VmRSS:");
    }

    /** The most resident memory the process has had since it started, in KB; -1 where /proc is missing. */
    static long peakResidentKb(long pid) {
        return procStatus(pid, "VmHWM:");
    }

    private static long procStatus(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static String mb(long bytes) {
        return bytes < 0 ? "?" : Long.toString(bytes / (1024 * 1024));
    }

    private static String run(Path jcmd, long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}
