package io.presskit.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app started as a user starts it, on a display: {@code $DISPLAY}, else under {@code xvfb-run}. Used by
 * the class-data training run and the app-start benchmark; both wait for a line the app prints under
 * {@code PRESSKIT_TIMING=1}, then stop it the way a session ends (SIGTERM), X server included.
 */
public final class DisplayedApp implements AutoCloseable {
    /** The line the app prints under PRESSKIT_TIMING=1 once the release list shows the library. */
    public static final String LIST_SHOWN = "release list first shown";

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private DisplayedApp(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended; what was read is in lines
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether a display can be had: Windows and macOS have one; elsewhere $DISPLAY or xvfb-run. */
    public static boolean possible() {
        return !needsXvfb() || ClassDataArchive.onPath("xvfb-run");
    }

    private static boolean needsXvfb() {
        boolean unix = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).matches(".*(win|mac).*");
        String display = System.getenv("DISPLAY");
        return unix && (display == null || display.isBlank());
    }

    /** Starts {@code command} (a java command line) with PRESSKIT_TIMING=1 and {@code env} added. */
    public static DisplayedApp start(List<String> command, Map<String, String> env, Path workDir) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (needsXvfb()) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().put("PRESSKIT_TIMING", "1");
        pb.environment().putAll(env);
        Files.createDirectories(workDir);
        return new DisplayedApp(pb.start());
    }

    /** The first output line containing {@code text}, or null if the app ended or the time ran out first. */
    public String await(String text, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (lines) {
            while (true) {
                for (String l : lines) {
                    if (l.contains(text)) {
                        return l;
                    }
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || !process.isAlive()) {
                    return null;
                }
                lines.wait(Math.min(left, 500));
            }
        }
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /**
     * The JVM first (SIGTERM: it exits normally, closing what it writes), then xvfb-run and its X server,
     * which xvfb-run leaves running when it is itself terminated.
     */
    @Override
    public void close() throws Exception {
        List<ProcessHandle> tree = process.descendants().toList();
        for (ProcessHandle h : tree) {
            if (h.info().command().map(c -> c.endsWith("java")).orElse(false)) {
                h.destroy();
                h.onExit().get(30, TimeUnit.SECONDS);
            }
        }
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
        process.destroyForcibly();
    }
}
