package io.presskit.app;

import io.presskit.app.settings.Settings;
import io.presskit.library.LibraryLocation;
import io.presskit.library.LibraryStore;
import io.presskit.library.Revision;
import io.presskit.model.ReleaseSummary;
import io.presskit.testing.PostgresServer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app started on a team library as an officer starts it ({@code --db URL}, or the library chosen in
 * Preferences): the password asked for in a dialog, kept for the session and never written; a server that cannot
 * be reached is one sentence with the local library offered instead. A real PostgreSQL server.
 */
class TeamLibraryAppTest {
    private static final String PASSWORD = "Tr0ub4dor-and-3";
    @TempDir
    Path tmp;
    private Application app;
    private String settingsProperty;
    private Path settingsFile;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void ownSettings() {
        settingsProperty = System.getProperty(Settings.FILE_PROPERTY);
        settingsFile = tmp.resolve("settings.properties");
        System.setProperty(Settings.FILE_PROPERTY, settingsFile.toString());
        PresskitApp.forgetSettings();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.setProperty(Settings.FILE_PROPERTY, settingsProperty);
        PresskitApp.forgetSettings();
    }

    private static String roleWithDatabase(String role, String password) {
        return PostgresServer.roleWithDatabase(role, password);
    }

    private void waitShowing(String query) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing() && n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<ReleaseSummary> listShown() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#releaseList").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        return robot.lookup("#releaseList").queryAs(ListView.class);
    }

    @Test
    void theServerAsksForThePasswordWhichIsKeptForTheSessionOnlyAndSavesAreByTheUsersName() throws Exception {
        String db = roleWithDatabase("app_officer", PASSWORD);
        String url = PostgresServer.url(db, "app_officer");
        Files.writeString(settingsFile, "user.name=李主任\n");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PresskitApp.class, "--db=" + url);

        waitShowing("#passwordDialog");
        String reason = robot.lookup("#passwordReason").queryAs(Label.class).getText();
        assertTrue(reason.startsWith("The library server localhost:" + PostgresServer.port()
                + " refused user app_officer for database " + db), reason);
        robot.clickOn("#password").write("not-the-password", 0);
        robot.clickOn("#passwordOpen");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#passwordDialog").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()
                        && ((javafx.scene.control.PasswordField) robot.lookup("#password").query()).getText().isEmpty())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#password").write(PASSWORD, 0);
        robot.clickOn("#passwordOpen");

        ListView<ReleaseSummary> list = listShown();
        assertEquals("匯聚八百頂尖國際學者推動科研創新", list.getItems().get(0).headlineFirstLine(),
                "a new team library starts with the sample");
        Stage stage = (Stage) list.getScene().getWindow();
        assertTrue(stage.getTitle().endsWith("database " + db + " on localhost:" + PostgresServer.port()), stage.getTitle());

        // The editor fills once the selected release has loaded, a moment after the list shows.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#headlineField").tryQuery()
                .map(n -> !((javafx.scene.control.TextInputControl) n).getText().isEmpty() && !n.isDisabled())
                .orElse(false));
        Node headline = robot.lookup("#headlineField").query();
        Robots.type(robot, headline, "簽署人的標題");
        // Preferences written (the window's settings are saved with it): the password is nowhere in the file
        Robots.shortcut(robot, KeyCode.COMMA);
        Robots.clickButton(robot, "OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(settingsFile)
                && Files.readString(settingsFile).contains("user.name"));
        try (LibraryStore admin = LibraryStore.open(LibraryLocation.parse(PostgresServer.url(db)), Clock.systemUTC(),
                LibraryStore.Seed.NOTHING, null, Map.of())) {
            long id = admin.releases().list().get(0).id();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> admin.releases().release(id).orElseThrow().headline().equals("簽署人的標題"));
            List<Revision> revs = admin.history().revisions(id);
            assertEquals("李主任", revs.get(revs.size() - 1).by());
        }
        FxToolkit.cleanupApplication(app);
        app = null;
        String written = Files.readString(settingsFile);
        assertFalse(written.contains(PASSWORD), "the password is never written: " + written);
        assertFalse(written.contains("not-the-password"));
    }

    @Test
    void aLibraryChosenInPreferencesOpensAtOnceAndTheOneLeftKeepsWhatWasTypedAndIsUnlocked() throws Exception {
        String db = roleWithDatabase("app_switcher", PASSWORD);
        String url = PostgresServer.url(db, "app_switcher");
        Path local = tmp.resolve("local.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PresskitApp.class, "--db=" + local);
        listShown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#headlineField").tryQuery()
                .map(n -> !((javafx.scene.control.TextInputControl) n).getText().isEmpty() && !n.isDisabled())
                .orElse(false));
        // typed, and the team library chosen at once: no pause for the autosave
        Robots.type(robot, robot.lookup("#headlineField").query(), "Typed just before the switch");
        Robots.shortcut(robot, KeyCode.COMMA);
        waitShowing("#prefsLibraryTeam");
        robot.clickOn("#prefsLibraryTeam");
        Robots.type(robot, robot.lookup("#prefsLibraryUrl").query(), url);
        Robots.clickButton(robot, "OK");

        waitShowing("#passwordDialog");
        robot.clickOn("#password").write(PASSWORD, 0);
        robot.clickOn("#passwordOpen");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#releaseList").tryQuery()
                .map(n -> ((Stage) n.getScene().getWindow()).getTitle().endsWith("database " + db + " on localhost:"
                        + PostgresServer.port()) && !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        assertEquals("匯聚八百頂尖國際學者推動科研創新", listShown().getItems().get(0).headlineFirstLine(),
                "the team library, new, with the sample");

        // the library file left behind: what was typed is in it, and no window holds it any more
        try (io.presskit.library.LibraryLock free = io.presskit.library.LibraryLock.acquire(local);
             LibraryStore left = LibraryStore.open(local)) {
            assertEquals("Typed just before the switch", left.releases().release(1).orElseThrow().headline());
        }
        assertEquals(java.util.Optional.of(url), Settings.load(settingsFile).get("library.location"));
    }

    @Test
    void anUnreachableServerIsOneSentenceAndTheLocalLibraryIsOffered() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path local = tmp.resolve("local/library.db");
        Settings s = Settings.load(settingsFile);
        s.put("library.location", "postgresql://127.0.0.1:" + closed + "/press?user=lee"); // chosen in Preferences
        s.put("library.file", local.toString());
        s.save();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PresskitApp.class);

        waitShowing("#useLocalLibrary");
        Label sentence = robot.lookup(".problem-text").queryAs(Label.class);
        assertEquals("The library server 127.0.0.1:" + closed + " cannot be reached (connection refused); check the "
                + "address and that the server is running, or work on the local library instead.", sentence.getText());
        assertTrue(robot.lookup("#passwordDialog").tryQuery().isEmpty(), "no password is asked of a server not there");
        robot.clickOn("#useLocalLibrary");
        ListView<ReleaseSummary> list = listShown();
        assertEquals(1, list.getItems().size());
        assertTrue(Files.exists(local), "the local library was opened (made with the sample)");
    }

    @Test
    void aMissingDatabaseIsOneSentenceToo() throws Exception {
        FxToolkit.registerPrimaryStage();
        Files.writeString(settingsFile, "library.file=" + tmp.resolve("mine.db").toString().replace("\\", "/") + "\n");
        app = FxToolkit.setupApplication(PresskitApp.class, "--db=" + PostgresServer.url("no_such_library"));
        waitShowing("#useLocalLibrary");
        assertEquals("The library server localhost:" + PostgresServer.port() + " has no database no_such_library; create "
                + "it (see the README's team library) or check the name.",
                robot.lookup(".problem-text").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#tryTeamAgain").tryQuery().isPresent());
    }
}
