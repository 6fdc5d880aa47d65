package io.presskit.app;

import io.presskit.app.i18n.Messages;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * A test of the real main window on its own library (a copy of a freshly seeded one: the sample release) and its
 * own settings file, in a temporary folder, in the English (Hong Kong) UI; the sample is open in the editor
 * when the test begins.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppTestBase {
    @TempDir
    Path dir;
    AppFixture app;
    Stage stage;

    /** Each test class calls this from its own {@code @Start} method (TestFX looks for it in the class itself). */
    void open(Stage stage) throws Exception {
        Messages.use("en-HK");
        this.stage = stage;
        app = fixture(dir);
        app.open(stage);
    }

    /** The window's library: a copy of the seeded library file unless a test class says otherwise. */
    AppFixture fixture(Path dir) throws Exception {
        return new AppFixture(dir);
    }

    @BeforeEach
    void sampleOpen() throws Exception {
        app.idle();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        Messages.use("en-HK");
    }
}
