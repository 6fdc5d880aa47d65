package io.presskit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 4 and 17 as a person meets them: the real GTK window under Xvfb with openbox, measured, resized, closed,
 * reopened, maximised across a file chooser and ended with SIGTERM, by {@code src/test/sh/window-check.sh}.
 * Skipped where those tools are not installed, except under {@code .ci/run} (PRESSKIT_WINDOW_CHECK=required).
 */
class WindowManagerCheckTest {
    @TempDir
    Path tmp;

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theWindowBehavesUnderARealWindowManager() throws Exception {
        for (String tool : List.of("xvfb-run", "openbox", "xdotool", "wmctrl", "xwininfo", "xprop")) {
            if ("required".equals(System.getenv("PRESSKIT_WINDOW_CHECK"))) {
                // CI installs these tools: there a missing one is a failure, not a reason to skip.
                assertTrue(onPath(tool), tool + " is not installed");
            } else {
                assumeTrue(onPath(tool), tool + " is not installed");
            }
        }
        Path out = tmp.resolve("check.txt");
        ProcessBuilder pb = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "bash",
                Path.of("src/test/sh/window-check.sh").toAbsolutePath().toString(), tmp.resolve("work").toString(),
                System.getProperty("java.class.path"));
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String report = Files.readString(out, StandardCharsets.UTF_8);
        System.out.println(report);
        assertEquals(0, ended ? p.exitValue() : -1, report);
    }
}
