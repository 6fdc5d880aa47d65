package io.presskit.app;

import io.presskit.model.ReleaseSummary;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app as a user starts it: a brand-new library in a folder that does not exist yet opens on the sample. */
class PresskitAppStartTest {
    @TempDir
    Path tmp;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewLibraryOpensOnTheSampleRelease() throws Exception {
        Path db = tmp.resolve("not/yet/there/library.db");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PresskitApp.class, "--db=" + db);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#releaseList").queryAll().isEmpty()
                && !robot.lookup("#releaseList").queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked") ListView<ReleaseSummary> list = robot.lookup("#releaseList").queryAs(ListView.class);
        assertEquals("匯聚八百頂尖國際學者推動科研創新", list.getItems().get(0).headlineFirstLine());
        assertTrue(Files.exists(db), "the library was created");
        assertTrue(stage.isShowing());
    }
}
