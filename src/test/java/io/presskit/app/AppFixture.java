package io.presskit.app;

import io.presskit.app.preview.KitEngine;
import io.presskit.app.settings.Settings;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.service.Libraries;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A real main window on a library in a temporary folder, and the waiting the flows need. */
final class AppFixture {
    private static boolean fontsLoaded;

    final Path db;
    /** A team library's {@code postgresql://} address, or null for the library file {@link #db}. */
    final String location;
    /** This fixture's own settings file: never the user's, never java.util.prefs. */
    final Path settingsFile;
    LibraryStore store;
    Background background;
    MainWindow window;
    /** True once the window closed as the user closes it (Ctrl+Q, the close button) and saved everything. */
    volatile boolean closed;

    private final Path dir;
    private boolean released;

    AppFixture(Path dir) {
        this(dir, null);
    }

    /** A window on the team library at {@code location} (a new database gets the sample release). */
    AppFixture(Path dir, String location) {
        this.location = location;
        this.dir = dir;
        this.db = dir.resolve("library.db");
        this.settingsFile = dir.resolve("settings.properties");
    }

    /** A library holding only the sample, seeded once per test run and copied for each window. */
    private static Path seeded;

    private static synchronized Path seededLibrary() throws Exception {
        if (seeded == null) {
            Path dir = java.nio.file.Files.createTempDirectory("presskit-seeded-");
            Path file = dir.resolve("library.db");
            try (LibraryStore s = Libraries.open(file)) {
                if (s.releases().list().size() != 1) {
                    throw new IllegalStateException("the seeded library should hold the sample only");
                }
            }
            seeded = file;
        }
        return seeded;
    }

    /**
     * Opens the library (a new one is a copy of a freshly seeded library with the sample release: seeding
     * decodes nine photos, too slow to repeat for every test) and shows the main window on {@code stage}.
     */
    MainWindow open(Stage stage) throws Exception {
        if (!fontsLoaded) {
            Fonts.load();
            fontsLoaded = true;
        }
        if (location != null) {
            store = Libraries.open(io.presskit.library.LibraryLocation.parse(location), null, java.util.Map.of());
        } else {
            if (!java.nio.file.Files.exists(db)) {
                java.nio.file.Files.copy(seededLibrary(), db);
            }
            store = Libraries.open(db);
        }
        background = Background.forFx();
        window = new MainWindow(stage, store, background, null, KitEngine.installed(), Settings.load(settingsFile));
        window.setOnClosed(() -> {
            stage.hide();
            closed = true;
        });
        window.show();
        return window;
    }

    /** Waits until every background job, debounced save and UI delivery is done. */
    void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> background.isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> background.isIdle());
    }

    /** Closes as the window's close button does: pending saves flushed, then the library closed. */
    void close() throws Exception {
        if (released) {
            return;
        }
        if (!closed) {
            WaitForAsyncUtils.asyncFx(() -> window.shutdown(() -> {
                window.stage().hide();
                closed = true;
            }));
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> closed);
        idle();
        background.close();
        store.close();
        released = true;
    }

    /** Quits as the user does (Ctrl+Q, nothing else) and opens the same library and settings in a new window. */
    AppFixture quitAndReopen(org.testfx.api.FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });
        Robots.shortcut(robot, javafx.scene.input.KeyCode.Q);
        closedByUser();
        return reopen(robot);
    }

    /** The same library and settings in a new window (this one must be closed). */
    AppFixture reopen(org.testfx.api.FxRobot robot) throws Exception {
        AppFixture again = new AppFixture(dir, location);
        robot.interact(() -> {
            try {
                again.open(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        again.idle();
        return again;
    }

    /** After the user closed the window (Ctrl+Q): waits until it is closed, then lets the library go. */
    void closedByUser() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> closed);
        close();
    }

    static Path drawImage(Path dir, String name, int w, int h, Color color) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        Path f = dir.resolve(name);
        ImageIO.write(img, name.endsWith(".png") ? "png" : "jpg", f.toFile());
        return f;
    }
}
