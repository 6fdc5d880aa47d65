package io.presskit.log;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTest {
    @TempDir
    Path tmp;

    private final Logger root = Logger.getLogger("");
    private final Logger presskit = Logger.getLogger("io.presskit");
    private List<Handler> rootHandlers;
    private List<Handler> presskitHandlers;
    private Level rootLevel;
    private Level presskitLevel;

    @BeforeEach
    void keepTheTestRunsLogging() {
        rootHandlers = List.of(root.getHandlers());
        presskitHandlers = List.of(presskit.getHandlers());
        rootLevel = root.getLevel();
        presskitLevel = presskit.getLevel();
    }

    @AfterEach
    void restoreIt() {
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        for (Handler h : presskit.getHandlers()) {
            presskit.removeHandler(h);
            h.close();
        }
        rootHandlers.forEach(root::addHandler);
        presskitHandlers.forEach(presskit::addHandler);
        root.setLevel(rootLevel);
        presskit.setLevel(presskitLevel);
    }

    @Test
    void aFailureGoesToTheLogFileWithItsStackTrace() throws Exception {
        Path folder = tmp.resolve("data/presskit");
        Path file = Log.toFolder(folder, false);
        assertEquals(folder.resolve("presskit.log"), file);
        assertFalse(Files.exists(file), "no file before anything is logged");

        Log.of(LogTest.class).log(System.Logger.Level.ERROR, "the kit could not be written",
                new IllegalStateException("disk full"));
        Log.of(LogTest.class).log(System.Logger.Level.DEBUG, "a detail nobody needs");
        Logger.getLogger("org.example.library").info("a library's chatter");
        Logger.getLogger("org.example.library").warning("a library's warning");

        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(log.contains("ERROR io.presskit.log.LogTest: the kit could not be written")
                || log.contains("SEVERE io.presskit.log.LogTest: the kit could not be written"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: disk full"), log);
        assertTrue(log.contains("at io.presskit.log.LogTest.aFailureGoesToTheLogFileWithItsStackTrace"), log);
        assertTrue(log.contains("a library's warning"), log);
        assertFalse(log.contains("a detail nobody needs"), log);
        assertFalse(log.contains("a library's chatter"), log);
    }

    @Test
    void aLargeLogIsMovedAsideAtTheNextStart() throws Exception {
        Path folder = tmp.resolve("presskit");
        Files.createDirectories(folder);
        Files.write(folder.resolve("presskit.log"), new byte[(int) Log.KEEP_BYTES + 10]);
        Log.toFolder(folder, false);
        Log.of(LogTest.class).log(System.Logger.Level.WARNING, "after the move");

        assertEquals(Log.KEEP_BYTES + 10, Files.size(folder.resolve("presskit.old.log")));
        assertTrue(Files.readString(folder.resolve("presskit.log")).contains("after the move"));
    }

    @Test
    void anUnwritableFolderLosesTheLogNotTheProgram() throws Exception {
        Path notAFolder = tmp.resolve("file");
        Files.writeString(notAFolder, "x");
        Log.toFolder(notAFolder.resolve("presskit"), false);
        Log.of(LogTest.class).log(System.Logger.Level.ERROR, "nowhere to go");
        assertTrue(Files.isRegularFile(notAFolder));
    }

    @Test
    void twoProgramsAtOnceShareOneFileAndLeaveNoLockBehind() throws Exception {
        // the app and a command run together: two handlers on one file, as two processes would have
        Path folder = tmp.resolve("shared");
        Log.LazyFileHandler app = new Log.LazyFileHandler(folder.resolve("presskit.log"));
        Log.LazyFileHandler command = new Log.LazyFileHandler(folder.resolve("presskit.log"));
        app.publish(new java.util.logging.LogRecord(Level.WARNING, "from the app"));
        command.publish(new java.util.logging.LogRecord(Level.WARNING, "from the command"));
        app.publish(new java.util.logging.LogRecord(Level.WARNING, "the app again"));
        app.close();
        command.close();

        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("presskit.log"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        List<String> lines = Files.readAllLines(folder.resolve("presskit.log"));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith(": from the app"), lines.get(0));
        assertTrue(lines.get(1).endsWith(": from the command"), lines.get(1));
        assertTrue(lines.get(2).endsWith(": the app again"), lines.get(2));
    }
}
