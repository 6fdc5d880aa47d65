package io.presskit.app;

import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

import java.util.List;

import static io.presskit.app.Robots.click;
import static io.presskit.app.Robots.shortcut;
import static io.presskit.app.Robots.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 6: one undo/redo history for the release, through Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z and Edit › Undo: photos,
 * highlights, text, contacts and "About" sections; what is stored follows each step.
 */
class UndoHistoryTest extends AppTestBase {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }
    private long id;


    @BeforeEach
    void sampleId() {
        id = app.window.listViewModel().selectedId.get();
    }


    private Release stored() throws Exception {
        return app.store.releases().release(id).orElseThrow();
    }

    private void undo(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.Z);
        app.idle();
    }

    private void redo(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.Y);
        app.idle();
    }

    @Test
    void aRemovedPhotoComesBackWithItsImageAfterTheRemovalWasSaved(FxRobot robot) throws Exception {
        Release before = stored();
        Photo second = before.photos().get(1);
        robot.clickOn("#tabPhotos");
        ListView<?> list = Robots.find(robot, stage, "#photoList");
        robot.clickOn(Robots.cell(list, 1));
        robot.type(KeyCode.DELETE);
        app.idle();
        assertEquals(before.photos().size() - 1, stored().photos().size());
        assertFalse(stored().photos().contains(second));

        undo(robot);
        assertEquals(before.photos(), stored().photos(), "back in its place, caption and all");
        assertTrue(app.store.images().thumbnail(second.sha256()).isPresent(), "and its image with it");
        assertEquals(2, photosTab(robot), "the photos are shown");

        redo(robot);
        assertFalse(stored().photos().contains(second));
        undo(robot);
        assertEquals(before.photos(), stored().photos());

        // reordering is undone the same way
        robot.clickOn(Robots.cell(list, 0));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        app.idle();
        assertEquals(List.of(before.photos().get(1), before.photos().get(0)), stored().photos().subList(0, 2));
        undo(robot);
        assertEquals(before.photos(), stored().photos());
    }

    private int photosTab(FxRobot robot) {
        javafx.scene.control.TabPane tabs = Robots.find(robot, stage, "#editorTabs");
        return tabs.getSelectionModel().getSelectedIndex() + 1;
    }

    @Test
    void highlightsAndTextGoBackStepByStepAndTheTextBoxesOwnUndoNeverRuns(FxRobot robot) throws Exception {
        Release before = stored();
        click(robot, Robots.find(robot, stage, "#highlightRemove-0"));
        app.idle();
        assertEquals(before.highlights().subList(1, 3), stored().highlights());
        click(robot, Robots.find(robot, stage, "#highlightDown-0"));
        app.idle();
        assertEquals(List.of(before.highlights().get(2), before.highlights().get(1)), stored().highlights());

        Node headline = Robots.find(robot, stage, "#headlineField");
        click(robot, headline);
        robot.type(KeyCode.END);
        Robots.append(robot, " 更新");
        app.idle();
        assertEquals(before.headline() + " 更新", stored().headline());

        undo(robot); // the typing, as one step (not character by character)
        assertEquals(before.headline(), stored().headline());
        assertEquals("headlineField", stage.getScene().getFocusOwner().getId(), "undo shows the field it changed");
        undo(robot); // the move
        assertEquals(before.highlights().subList(1, 3), stored().highlights());
        undo(robot); // the removal
        assertEquals(before.highlights(), stored().highlights());
        assertEquals(before.headline(), Robots.text(robot, stage, "#headlineField"),
                "a text box's own undo did not run on top of ours");

        shortcut(robot, KeyCode.SHIFT, KeyCode.Z); // redo, the other way to say it
        app.idle();
        assertEquals(before.highlights().subList(1, 3), stored().highlights());

        // Edit › Undo in the menu is the same command
        robot.clickOn("Edit");
        robot.clickOn("Undo");
        app.idle();
        assertEquals(before.highlights(), stored().highlights());
    }

    @Test
    void attachingAndDetachingContactsAndAboutSectionsIsUndone(FxRobot robot) throws Exception {
        Release before = stored();
        List<Contact> contacts = before.contacts();
        List<Boilerplate> sections = before.boilerplates();
        assertTrue(contacts.size() >= 2 && !sections.isEmpty(), "the sample lists contacts and an About section");
        robot.clickOn("#tabLinks");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        ListView<?> chosen = Robots.find(robot, stage, "#releaseContacts");
        robot.clickOn(Robots.cell(chosen, 0));
        robot.clickOn("#detachContact");
        app.idle();
        assertEquals(contacts.subList(1, contacts.size()), stored().contacts());
        app.idle();
        ListView<?> about = Robots.find(robot, stage, "#releaseBoilerplates");
        robot.clickOn(Robots.cell(about, 0));
        assertEquals(0, about.getSelectionModel().getSelectedIndex(), "the About section is selected");
        robot.clickOn("#detachBoilerplate");
        app.idle();
        assertEquals(sections.subList(1, sections.size()), stored().boilerplates());

        undo(robot);
        assertEquals(sections, stored().boilerplates());
        undo(robot);
        assertEquals(contacts, stored().contacts());
        redo(robot);
        assertEquals(contacts.subList(1, contacts.size()), stored().contacts());
    }
}
