package io.presskit.app;

import io.presskit.app.i18n.Messages;
import io.presskit.model.Problem;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.List;
import java.util.function.Supplier;

/** Small helpers every view uses: ids and accessible names in one call, validation from the model's problems. */
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

    /**
     * Shows the model's problems for {@code field} beside {@code control}: the validator asks the view
     * model, which validated the whole release with ReleaseRules; the view revalidates when problems change.
     */
    public static void validate(ValidationSupport support, Control control, Supplier<List<Problem>> problems) {
        support.registerValidator(control, false, (Control c, Object value) -> {
            List<Problem> found = problems.get();
            ValidationResult r = new ValidationResult();
            for (Problem p : found) {
                r = r.combine(ValidationResult.fromMessageIf(c, p.sentence(), Severity.ERROR, true));
            }
            return r;
        });
    }
}
