package io.presskit.app;

import io.presskit.app.preview.KitEngine;
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
    LibraryStore store;
    Background background;
    MainWindow window;

    AppFixture(Path dir) {
        this.db = dir.resolve("library.db");
    }

    /** Opens (seeding a new library with the sample release) and shows the main window on {@code stage}. */
    MainWindow open(Stage stage) throws Exception {
        if (!fontsLoaded) {
            Fonts.load();
            fontsLoaded = true;
        }
        store = Libraries.open(db);
        background = Background.forFx();
        window = new MainWindow(stage, store, background, null, KitEngine.installed());
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
        boolean[] done = {false};
        WaitForAsyncUtils.asyncFx(() -> window.shutdown(() -> {
            window.stage().hide();
            done[0] = true;
        }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> done[0]);
        idle();
        background.close();
        store.close();
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
