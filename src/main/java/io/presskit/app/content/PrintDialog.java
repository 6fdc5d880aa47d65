package io.presskit.app.content;

import io.presskit.app.Dialogs;
import io.presskit.app.Ui;
import io.presskit.app.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/** Print's question, in the UI language: which printer and how many copies of the kit's pages. */
final class PrintDialog {
    /** The officer's answer. */
    record Choice(String printer, int copies) {
    }

    private PrintDialog() {
    }

    /** Shows the dialog over {@code owner}; {@code onClosed} gets the choice, or null when cancelled. */
    static void show(Window owner, List<String> printers, String defaultPrinter, int pages, Consumer<Choice> onClosed) {
        Dialog<ButtonType> d = Dialogs.prepare(new Dialog<>(), owner, Messages.get("print.title"));
        d.setHeaderText(Messages.format("print.header", pages));
        ButtonType print = new ButtonType(Messages.get("print.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Dialogs.cancel();
        d.getDialogPane().getButtonTypes().addAll(print, cancel);
        d.getDialogPane().lookupButton(print).setId("printConfirm");
        ComboBox<String> printer = Ui.named(new ComboBox<>(), "printPrinter", "print.printer");
        printer.getItems().setAll(printers);
        printer.setValue(printers.contains(defaultPrinter) ? defaultPrinter : printers.get(0));
        Spinner<Integer> copies = Ui.named(new Spinner<>(1, 99, 1), "printCopies", "print.copies");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, Ui.label("print.printer", printer), printer);
        grid.addRow(1, Ui.label("print.copies", copies), copies);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setId("printDialog");
        d.setOnHidden(e -> onClosed.accept(d.getResult() == print
                ? new Choice(printer.getValue(), copies.getValue()) : null));
        d.show();
    }
}
