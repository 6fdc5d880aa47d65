package io.presskit.app;

import io.presskit.app.settings.Settings;
import io.presskit.library.Revision;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preferences › Library: a team library chosen once, and the name saves and sign-offs are recorded under. */
class TeamPreferencesTest extends AppTestBase {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aTeamLibraryAndTheUserNameAreChosenOnceAndAnAddressWithAPasswordIsRefused(FxRobot robot) throws Exception {
        assertEquals(System.getProperty("user.name"), app.store.user(), "the system user until a name is given");
        Robots.shortcut(robot, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefsLibraryTeam").tryQuery().isPresent());
        assertTrue(robot.lookup("#prefsLibraryLocal").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        robot.clickOn("#prefsLibraryTeam");
        robot.clickOn("#prefsLibraryUrl").write("postgresql://lee:hunter2@db.example.org/presskit", 0);
        Robots.clickButton(robot, "OK");
        Label problem = robot.lookup("#prefsLibraryMessage").queryAs(Label.class);
        assertEquals("The library address postgresql://lee:hunter2@db.example.org/presskit cannot be used: give the user "
                + "as ?user=NAME and the password in PGPASSWORD or ~/.pgpass, never in the URL.", problem.getText());
        assertTrue(robot.lookup("#preferencesDialog").query().getScene().getWindow().isShowing(), "the dialog stays open");
        Robots.type(robot, robot.lookup("#prefsLibraryUrl").query(), "postgresql://db.example.org/presskit?user=lee");
        Robots.type(robot, robot.lookup("#prefsUserName").query(), "Lee Siu-ming");
        Robots.clickButton(robot, "OK");
        app.idle();
        Settings saved = Settings.load(app.settingsFile);
        assertEquals(Optional.of("postgresql://db.example.org/presskit?user=lee"), saved.get("library.location"));
        assertEquals(Optional.of("Lee Siu-ming"), saved.get("user.name"));
        assertTrue(!java.nio.file.Files.readString(app.settingsFile).contains("hunter2"), "no password is ever kept");

        Robots.type(robot, Robots.find(robot, stage, "#headlineField"), "Signed by name");
        app.idle();
        long id = app.window.editorViewModel().releaseIdProperty().get();
        List<Revision> revs = app.store.history().revisions(id);
        assertEquals("Lee Siu-ming", revs.get(revs.size() - 1).by(), "saves are by the name from Preferences at once");
    }
}
