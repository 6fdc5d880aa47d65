package io.presskit.library;

import io.presskit.testing.LibraryDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a separate JVM that is autosaving edits, with SIGKILL at random moments, 20 times; after each
 * kill the library must open, pass integrity_check and foreign_key_check, and hold every edit the worker
 * reported saved.
 */
class CrashSafetyTest {
    private static final int KILLS = 20;

    @TempDir
    Path tmp;

    @Test
    void everyReportedSaveSurvivesSigkill() throws Exception {
        Path db = tmp.resolve("library.db");
        Random random = new Random(20261126L);
        int lastSaved = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    CrashWorker.class.getName(), db.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicInteger saved = new AtomicInteger(-1);
            AtomicInteger ready = new AtomicInteger(-1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("saved ")) {
                            saved.set(Integer.parseInt(line.substring(6)));
                        } else if (line.startsWith("ready ")) {
                            ready.set(Integer.parseInt(line.substring(6)));
                        }
                    }
                } catch (Exception ignored) {
                    // the process was killed
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (saved.get() < 0 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(saved.get() >= 0, "the worker saved at least once before kill " + kill);
            assertTrue(ready.get() >= lastSaved, "kill " + kill + ": the worker resumed from edit " + ready.get()
                    + " but edit " + lastSaved + " had been reported saved");
            Thread.sleep(random.nextInt(400)); // a random moment inside the edit loop
            // SIGKILL on Linux: no shutdown hooks, no finally blocks. Through the handle, which only signals:
            // Process.destroyForcibly also closes the pipe, dropping "saved" lines the reader had not read yet,
            // and the more saves a second the store manages, the more of them are lost that way.
            p.toHandle().destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            int reported = saved.get();

            assertEquals("ok", scalar(db, "PRAGMA integrity_check"), "integrity after kill " + kill);
            assertEquals(0, LibraryDump.scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), "foreign keys after kill " + kill);
            String headline = scalar(db, "SELECT headline FROM release WHERE id = 1");
            int stored = Integer.parseInt(headline.substring(3));
            assertTrue(stored >= reported, "kill " + kill + ": edit " + reported + " was reported saved but the library holds " + stored);
            assertTrue(stored <= reported + 1, "kill " + kill + ": at most the edit in flight lands, but edit " + reported
                    + " was the last reported and the library holds " + stored);
            lastSaved = reported;
        }
        try (LibraryStore store = LibraryStore.open(db)) {
            assertEquals("編輯 " + scalar(db, "SELECT substr(headline, 4) FROM release WHERE id = 1"),
                    store.releases().release(1).orElseThrow().headline());
        }
    }

    private static String scalar(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
