package io.presskit.app;

import io.presskit.model.Photo;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 5: every command is one action (menu = toolbar = shortcut); Help has a guide and About. */
class ActionsAndHelpTest extends AppTestBase {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }




    private MenuItem menuItem(String id) {
        MenuBar bar = Robots.find(new FxRobot(), stage, "#menuBar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void addPhotosOpensTheChooserForTheReleaseInTheEditorFromShortcutMenuAndButton(FxRobot robot) throws Exception {
        long id = app.window.listViewModel().selectedId.get();
        int before = app.store.releases().release(id).orElseThrow().photos().size();
        List<Window> owners = new ArrayList<>();
        Path red = AppFixture.drawImage(dir, "red.jpg", 1200, 900, Color.RED);
        Path blue = AppFixture.drawImage(dir, "blue.png", 1200, 900, Color.BLUE);
        Path green = AppFixture.drawImage(dir, "green.jpg", 1200, 900, Color.GREEN);
        List<File> answers = new ArrayList<>(List.of(red.toFile(), blue.toFile(), green.toFile()));
        app.window.setPhotoChooser(owner -> {
            owners.add(owner);
            return List.of(answers.remove(0));
        });

        Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.P);
        app.idle();
        robot.clickOn("Library");
        robot.clickOn("Add photos…");
        app.idle();
        robot.clickOn("#tabPhotos");
        robot.clickOn(Robots.<Node>find(robot, stage, "#addPhotos"));
        app.idle();

        assertEquals(List.of(stage, stage, stage), owners, "the chooser opened three times, over the main window");
        List<String> names = app.store.releases().release(id).orElseThrow().photos().stream().map(Photo::fileName).toList();
        assertEquals(before + 3, names.size());
        assertEquals(List.of("red.jpg", "blue.png", "green.jpg"), names.subList(before, before + 3));

        // one action behind the menu item, the toolbar button and the photos pane's button: they cannot diverge
        ButtonBase pane = Robots.find(robot, stage, "#addPhotos");
        assertSame(menuItem("menu-addPhotos").getOnAction(), pane.getOnAction());
        ButtonBase export = Robots.find(robot, stage, "#exportPdf");
        assertSame(menuItem("menu-exportPdf").getOnAction(), export.getOnAction());
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Shortcut+Shift+P"), menuItem("menu-addPhotos").getAccelerator());

        // without a release there is nothing to add photos to
        robot.clickOn("#deleteRelease");
        app.idle();
        assertTrue(menuItem("menu-addPhotos").isDisable());
        assertTrue(pane.isDisable());
    }

    @Test
    void helpHasAGuideWithEveryShortcutAndAnAboutWithVersionAndLicences(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#userGuide").tryQuery().isPresent());
        Node guide = robot.lookup("#userGuide").query();
        List<String> words = guide.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(words.contains("Presskit user guide"));
        assertTrue(words.contains("Ctrl+Shift+P") && words.contains("Add photos"), words.toString());
        assertTrue(words.contains("Ctrl+Z") && words.contains("Undo"));
        assertTrue(words.stream().anyMatch(w -> w.startsWith("The preview shows the press kit as it will print")));
        robot.interact(() -> guide.getScene().getWindow().hide());

        robot.clickOn("Help");
        robot.clickOn("About Presskit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutContent").tryQuery().isPresent());
        Node about = robot.lookup("#aboutContent").query();
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && "Presskit 0.1.0-SNAPSHOT".equals(l.getText()))
                .tryQuery().isPresent(), "the version shows");
        robot.clickOn("#showNotices");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noticeText").tryQuery().isPresent());
        String notices = robot.lookup("#noticeText").queryAs(TextArea.class).getText();
        assertTrue(notices.contains("SIL Open Font License 1.1") && notices.contains("org.controlsfx:controlsfx"), notices);
        robot.interact(() -> robot.lookup("#noticeText").query().getScene().getWindow().hide());
        robot.clickOn("#showFontLicence");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#fontLicenceText").tryQuery().isPresent());
        assertTrue(robot.lookup("#fontLicenceText").queryAs(TextArea.class).getText()
                .contains("SIL OPEN FONT LICENSE Version 1.1"));
        robot.interact(() -> robot.lookup("#fontLicenceText").query().getScene().getWindow().hide());
        Robots.clickButton(robot, "Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), Robots.otherWindows(stage));
    }
}
