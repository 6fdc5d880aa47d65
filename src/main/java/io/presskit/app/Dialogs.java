package io.presskit.app;

import io.presskit.app.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Dialogs in the UI language: JavaFX's own OK and Cancel are worded once, in the language of the system at
 * start-up, so every button here carries our words. Dialogs are modal to the main window and never change
 * its size or place.
 */
public final class Dialogs {
    private Dialogs() {
    }

    public static ButtonType ok() {
        return new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Our styling, owner and modality for any dialog. */
    public static <T extends Dialog<?>> T prepare(T d, Window owner, String title) {
        if (owner != null) {
            d.initOwner(owner);
        }
        d.initModality(Modality.WINDOW_MODAL);
        d.setTitle(title);
        d.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        d.setResizable(true);
        return d;
    }

    /** A message with one button to close it. */
    public static void inform(Window owner, String title, String header, String text) {
        Alert a = prepare(new Alert(Alert.AlertType.INFORMATION, "", ok()), owner, title);
        a.setHeaderText(header);
        a.getDialogPane().setContent(wrapped(text));
        a.show();
    }

    /** Problems that stand in the way of something asked for (export, approval), listed in full. */
    public static void refused(Window owner, String title, String header, List<String> problems) {
        Alert a = prepare(new Alert(Alert.AlertType.WARNING, "", ok()), owner, title);
        a.setHeaderText(header);
        a.getDialogPane().setContent(wrapped("• " + String.join("\n• ", problems)));
        a.show();
    }

    /** Asks; true when the user chose {@code yes}. */
    public static boolean confirm(Window owner, String title, String header, String text, String yes, String no) {
        ButtonType y = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType n = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = prepare(new Alert(Alert.AlertType.CONFIRMATION, "", y, n), owner, title);
        a.setHeaderText(header);
        a.getDialogPane().setContent(wrapped(text));
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == y;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(560);
        l.setId("dialogText");
        return l;
    }
}
