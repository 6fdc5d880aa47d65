package io.presskit.app;

import io.presskit.app.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;


/** Small helpers every view uses: ids and accessible names in one call, scrolling a field into view. */
public final class Ui {
    private Ui() {
    }

    /** Gives {@code node} an id (for tests and CSS) and an accessible name from the messages. */
    public static <T extends Node> T named(T node, String id, String accessibleKey) {
        node.setId(id);
        String text = Messages.get(accessibleKey);
        node.setAccessibleText(text);
        if (node instanceof Control c && c.getTooltip() == null && !(node instanceof Label)) {
            c.setTooltip(new Tooltip(text));
        }
        return node;
    }

    public static Button button(String id, String textKey, String shortcut, Runnable action) {
        Button b = new Button(Messages.get(textKey));
        named(b, id, textKey);
        if (shortcut != null) {
            b.setTooltip(new Tooltip(Messages.get(textKey) + "  (" + KeyCombination.valueOf(shortcut).getDisplayText() + ")"));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A label for a control: mnemonic-free, tied to the control for screen readers. */
    public static Label label(String key, Node forNode) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(forNode);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** Scrolls {@code pane} so that {@code node} (somewhere inside its content) is in view. */
    public static void scrollIntoView(javafx.scene.control.ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        pane.layout();
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top || b.getMaxY() > top + viewport) {
            double target = Math.max(0, Math.min(b.getMinY() - 24, contentHeight - viewport));
            pane.setVvalue(target / (contentHeight - viewport));
        }
    }

    /**
     * Shows each item of a choice or combo box by {@code name} (nothing for none); for boxes whose text is chosen,
     * never typed, so nothing is read back from text.
     */
    public static <T> javafx.util.StringConverter<T> shownAs(java.util.function.Function<T, String> name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
