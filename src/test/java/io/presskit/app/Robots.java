package io.presskit.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a user does, through the real controls: click a box, select what is in it, type, press keys. A box
 * below the fold is scrolled into view first, as a user would scroll to it.
 */
final class Robots {
    private Robots() {
    }

    /** The node {@code query} finds in {@code stage}'s window (several windows may be open). */
    static <T extends Node> T find(FxRobot robot, Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    /** Clicks the box, replaces what it holds by {@code text} as typed keys; line breaks are Enter presses. */
    static void type(FxRobot robot, Node box, String text) {
        click(robot, box);
        if (!(box instanceof TextInputControl t) || !t.getText().isEmpty()) {
            robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            robot.type(KeyCode.BACK_SPACE);
        }
        append(robot, text);
    }

    /** Types {@code text} where the caret is. */
    static void append(FxRobot robot, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                robot.type(KeyCode.ENTER);
            }
            if (!lines[i].isEmpty()) {
                robot.write(lines[i], 0);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls {@code node} into view (inside any scroll pane) and clicks it. */
    static void click(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    Ui.scrollIntoView(sp, node);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        KeyCode[] reversed = new KeyCode[all.length];
        for (int i = 0; i < all.length; i++) {
            reversed[i] = all[all.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of a problem line under a field, "" when the line is hidden. */
    static String message(FxRobot robot, Stage stage, String id) {
        Label l = find(robot, stage, "#" + id);
        return l.isVisible() ? l.getText() : "";
    }

    static String text(FxRobot robot, Stage stage, String query) {
        return ((TextInputControl) find(robot, stage, query)).getText();
    }

    /** Waits for a button of a dialog with {@code text} to show, and clicks it. */
    static void clickButton(FxRobot robot, String text) throws Exception {
        java.util.function.Predicate<Node> wanted = n -> n instanceof javafx.scene.control.Button b
                && text.equals(b.getText()) && b.getScene() != null && b.getScene().getWindow().isShowing()
                && b.getScene().getRoot() instanceof javafx.scene.control.DialogPane && treeVisible(b);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(wanted::test).tryQuery().isPresent());
        javafx.scene.control.Button b = robot.lookup(wanted::test).query();
        // a dialog is placed over its owner once it is shown: wait until it stops moving
        javafx.geometry.Bounds[] last = {null};
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            Thread.sleep(150);
            javafx.geometry.Bounds now = WaitForAsyncUtils.asyncFx(() -> b.localToScreen(b.getBoundsInLocal())).get();
            boolean still = now != null && now.equals(last[0]);
            last[0] = now;
            return still;
        });
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text shown by the dialog open now ("" when none is). */
    static String dialogText(FxRobot robot) {
        return robot.lookup("#dialogText").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The windows (dialogs, not tooltips or menus) showing now, besides {@code main}. */
    static java.util.List<javafx.stage.Window> otherWindows(javafx.stage.Window main) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w != main && w.isShowing() && w instanceof javafx.stage.Stage).toList();
    }

    /** The cell showing item {@code index} of {@code list} (not the hidden cell a list keeps for measuring). */
    static javafx.scene.control.ListCell<?> cell(javafx.scene.control.ListView<?> list, int index) {
        return list.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getIndex() == index && c.isVisible() && !c.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + index + " shown in " + list.getId()));
    }
}
