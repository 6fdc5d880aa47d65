package io.presskit.app;

import io.presskit.library.LibraryLock;
import io.presskit.library.LibraryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 15 and 17: {@code presskit --db FILE} opens the app on FILE; SIGTERM (what a desktop sends at logout) saves
 * the edit still waiting for its autosave, closes and unlocks the library, and ends the process cleanly: exit 0,
 * no JVM crash log. The app runs in a JVM of its own (headless glass), as CrashSafetyTest runs its worker.
 */
class ShutdownSignalTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermSavesThePendingEditAndEndsCleanly() throws Exception {
        Path db = tmp.resolve("given/library.db");
        Path work = Files.createDirectories(tmp.resolve("cwd"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dheadless.geometry=1600x1000-32",
                "-Dpresskit.settings=" + tmp.resolve("settings.properties"), "-Dpresskit.ui.language=en-HK",
                "-Dpresskit.autosaveDelayMs=600000", "-Xmx512m",
                "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED",
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), SignalWorker.class.getName(), "--db", db.toString()));
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
        AtomicReference<String> edited = new AtomicReference<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("edited ")) {
                        edited.set(line.substring(7).replace('|', '\n'));
                    }
                }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        reader.start();
        try {
            sigtermEndsIt(p, db, work, edited, output, reader);
        } finally {
            // A failed check must not leave the app running on a shared machine.
            p.destroyForcibly();
        }
    }

    private void sigtermEndsIt(Process p, Path db, Path work, AtomicReference<String> edited, StringBuilder output,
                               Thread reader) throws Exception {
        // Generous: on a loaded machine the app's JVM alone took 15-25 s to show the list.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (edited.get() == null && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertNotNull(edited.get(), "the app opened on the library given by --db and was edited:\n" + output);
        assertTrue(Files.exists(db), "--db FILE opened FILE (a new library, seeded)");

        p.destroy(); // SIGTERM on Linux
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app ended after SIGTERM:\n" + output);
        reader.join(5000);
        assertEquals(0, p.exitValue(), "a clean exit:\n" + output);
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList(),
                    "no JVM crash log");
        }
        assertFalse(output.toString().contains("Exception"), output.toString());
        assertFalse(Files.exists(db.resolveSibling("library.db-wal")), "the library was closed, not abandoned");
        try (LibraryLock lock = LibraryLock.acquire(db); LibraryStore store = LibraryStore.open(db)) {
            assertEquals(edited.get(), store.releases().release(1).orElseThrow().headline(), "the pending edit was saved");
        }
        assertTrue(Files.readString(tmp.resolve("settings.properties")).contains("window.width="),
                "the window was remembered");
    }
}
