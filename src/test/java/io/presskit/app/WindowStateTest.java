package io.presskit.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 4, inside the app: the first window takes about 85 % of the screen, centred; size, place, maximised state
 * and dividers come back after quitting; at 1280 × 720 no word is cut short and the preview fits its pane.
 * (How a real window manager treats the window is checked by {@code src/test/sh/window-check.sh}.)
 */
class WindowStateTest extends AppTestBase {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }




    @Test
    void theFirstWindowTakesMostOfTheScreenCentred() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(screen.getWidth() * 0.85, stage.getWidth(), 2);
        assertEquals(screen.getHeight() * 0.85, stage.getHeight(), 2);
        assertEquals(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2, stage.getX(), 2);
        assertEquals(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2, stage.getY(), 2);
    }

    @Test
    void sizePlaceMaximisedStateAndDividersComeBack(FxRobot robot) throws Exception {
        robot.interact(() -> { // the user drags the window's corner and title bar
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        SplitPane split = Robots.find(robot, stage, "#mainSplit");
        Node divider = split.lookupAll(".split-pane-divider").iterator().next();
        robot.drag(divider).moveBy(70, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double[] dividers = split.getDividerPositions();
        assertTrue(Math.abs(dividers[0] - 0.2) > 0.03, "the divider moved: " + dividers[0]);

        app = app.quitAndReopen(robot);
        Stage second = app.window.stage();
        assertEquals(1280, second.getWidth(), 1);
        assertEquals(720, second.getHeight(), 1);
        assertEquals(40, second.getX(), 1);
        assertEquals(30, second.getY(), 1);
        double[] again = Robots.<SplitPane>find(robot, second, "#mainSplit").getDividerPositions();
        assertEquals(dividers[0], again[0], 0.01);
        assertEquals(dividers[1], again[1], 0.01);

        robot.interact(() -> second.setMaximized(true));
        app = app.quitAndReopen(robot);
        Stage third = app.window.stage();
        assertTrue(third.isMaximized(), "it reopens maximised");
        robot.interact(() -> third.setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1280, third.getWidth(), 1, "and un-maximises to the size it had before");
    }

    @Test
    void at1280By720NothingIsCutShortAndThePreviewFitsItsPane(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        app.idle();
        assertNothingCutShort(robot, stage);
    }

    /** Every tab of the editor, at the stage's size: no label, button or tab shows "…" for its words. */
    static void assertNothingCutShort(FxRobot robot, Stage stage) throws Exception {
        TabPane tabs = Robots.find(robot, stage, "#editorTabs");
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int tab = i;
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
            cut.addAll(cutShort(stage.getScene().getRoot()));
        }
        assertEquals(List.of(), cut.stream().distinct().toList(), "words cut short at " + stage.getWidth() + " × " + stage.getHeight());

        ImageView page = Robots.find(robot, stage, "#previewImage");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> page.getImage() != null);
        ScrollPane scroll = Robots.find(robot, stage, "#previewScroll");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.getBoundsInParent().getWidth() <= scroll.getViewportBounds().getWidth(),
                "the page (" + page.getBoundsInParent().getWidth() + " px) fits the pane ("
                        + scroll.getViewportBounds().getWidth() + " px)");
    }

    /** Labels whose drawn text differs from their words (JavaFX replaces the cut part with an ellipsis). */
    static List<String> cutShort(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Parent parent, List<String> out) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && !t.getText().replace("\n", " ").equals(l.getText().replace("\n", " "))) {
                        out.add(l.getClass().getSimpleName() + " \"" + l.getText() + "\" shows \"" + t.getText() + "\"");
                    }
                }
            }
            if (n instanceof Parent p) {
                walk(p, out);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
