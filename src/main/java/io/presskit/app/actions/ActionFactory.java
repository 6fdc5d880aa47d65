package io.presskit.app.actions;

import io.presskit.app.i18n.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

import java.util.EnumMap;
import java.util.Map;

/**
 * Builds each command's one ControlsFX {@link Action} (words, shortcut, enabled state, what it does) and the
 * menu items and buttons that show it, as JabRef's ActionFactory does on ControlsFX's ActionUtils.
 */
public final class ActionFactory {
    private final Map<Command, Action> actions = new EnumMap<>(Command.class);

    /** Defines what {@code command} does; {@code enabled} null means always enabled. */
    public Action define(Command command, Runnable handler, ObservableBooleanValue enabled) {
        Action a = new Action(Messages.get(command.textKey()), e -> {
            if (!actions.get(command).isDisabled()) {
                handler.run();
            }
        });
        a.setLongText(longText(command));
        if (command.accelerator() != null) {
            a.setAccelerator(KeyCombination.valueOf(command.accelerator()));
        }
        if (enabled != null) {
            a.disabledProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        }
        actions.put(command, a);
        return a;
    }

    /** Words again, in the UI language of now (after Preferences switched it). */
    public void relabel() {
        actions.forEach((command, a) -> {
            a.setText(Messages.get(command.textKey()));
            a.setLongText(longText(command));
        });
    }

    private static String longText(Command command) {
        return Messages.get(command.textKey()) + (command.accelerator() == null ? ""
                : "  (" + KeyCombination.valueOf(command.accelerator()).getDisplayText() + ")");
    }

    public Action get(Command command) {
        Action a = actions.get(command);
        if (a == null) {
            throw new IllegalStateException(command + " is not defined");
        }
        return a;
    }

    /** Runs the command as its menu item would (when enabled). */
    public void fire(Command command) {
        get(command).handle(new javafx.event.ActionEvent());
    }

    public MenuItem menuItem(Command command) {
        MenuItem m = ActionUtils.createMenuItem(get(command));
        m.setId("menu-" + command.id());
        return m;
    }

    /** A small button showing {@code symbol} (‹ › + −) instead of the words, which stay its tooltip and name. */
    public Button button(Command command, String symbol) {
        Button b = button(command);
        b.textProperty().unbind();
        b.setText(symbol);
        return b;
    }

    /** A toolbar button: the command's words, its shortcut in the tooltip, its accessible name. */
    public Button button(Command command) {
        Button b = ActionUtils.createButton(get(command));
        b.setId(command.id());
        b.setAccessibleText(Messages.get(command.textKey()));
        return b;
    }
}
