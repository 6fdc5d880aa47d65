package io.presskit.app.versions;

import io.presskit.app.Ui;
import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.library.Families;
import io.presskit.model.TextUnits;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two language versions in two columns: each row a piece and its counterpart, a possibly stale one marked (a
 * counterpart said something new after it was written), a missing one left empty with a prompt to write it; under
 * each paragraph and highlight a button that adds one after it, its place in the other version waiting empty.
 */
public final class SideBySideView extends BorderPane {
    private final SideBySideViewModel vm;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll;
    private final Map<SideBySideViewModel.Row, Node[]> shown = new IdentityHashMap<>();

    public SideBySideView(SideBySideViewModel vm) {
        this.vm = vm;
        getStyleClass().add("side-by-side");
        setId("sideBySide");

        Label mine = new Label();
        mine.getStyleClass().add("side-title");
        mine.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> LanguageNames.of(vm.languageProperty(0).get()), vm.languageProperty(0)));
        ComboBox<Families.Version> other = Ui.named(new ComboBox<>(vm.others()), "sideOther", "versions.other");
        other.valueProperty().bindBidirectional(vm.other);
        StringConverter<Families.Version> names = Ui.shownAs(v -> LanguageNames.of(v.language()));
        other.setConverter(names);
        other.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Families.Version v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? "" : names.toString(v));
            }
        });
        Label error = new Label();
        error.getStyleClass().add("problem-text");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        Label notice = new Label();
        notice.setId("sideBySideNotice");
        notice.getStyleClass().add("notice-text");
        notice.textProperty().bind(vm.noticeProperty());
        notice.setWrapText(true);
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label lockedNote = new Label(Messages.get("versions.locked"));
        lockedNote.visibleProperty().bind(vm.lockedProperty());
        lockedNote.managedProperty().bind(lockedNote.visibleProperty());
        GridPane header = new GridPane();
        header.getColumnConstraints().addAll(half(), half());
        header.add(mine, 0, 0);
        header.add(other, 1, 0);
        header.setHgap(12);
        VBox top = new VBox(6, header, lockedNote, error, notice);
        top.setPadding(new Insets(12, 16, 6, 16));
        setTop(top);

        grid.getColumnConstraints().addAll(half(), half());
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(6, 16, 16, 16));
        scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");

        Label none = new Label(Messages.get("versions.none"));
        none.setWrapText(true);
        none.setPadding(new Insets(16));
        setCenter(vm.loadedProperty().get() ? scroll : none);
        vm.loadedProperty().addListener((o, a, b) -> setCenter(b ? scroll : none));
        top.visibleProperty().bind(vm.loadedProperty());
        vm.rows().addListener((ListChangeListener<SideBySideViewModel.Row>) c -> layoutRows());
        layoutRows();
    }

    /**
     * Shows and focuses the cell an undone change names ({@code left:body:3}, {@code right:headline}); a row added
     * or removed shows the first cell of its row.
     */
    public void reveal(String change) {
        if (change == null) {
            return;
        }
        int side = change.startsWith("right:") ? 1 : 0;
        String unit = change.replaceFirst("^(left|right):", "");
        for (SideBySideViewModel.Row row : vm.rows()) {
            if (row.unit().equals(unit) && shown.containsKey(row)) {
                Node box = ((VBox) shown.get(row)[1 + side]).getChildren().get(0);
                io.presskit.app.Ui.scrollIntoView(scroll, box);
                box.requestFocus();
                return;
            }
        }
    }

    private static ColumnConstraints half() {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(50);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    /** The rows in order, each made once and kept while its row lives (what is typed stays where it is). */
    private void layoutRows() {
        grid.getChildren().clear();
        Map<SideBySideViewModel.Row, Node[]> keep = new IdentityHashMap<>();
        int r = 0;
        for (SideBySideViewModel.Row row : vm.rows()) {
            Node[] nodes = shown.containsKey(row) ? shown.get(row) : make(row);
            keep.put(row, nodes);
            grid.add(nodes[0], 0, r, 2, 1);
            grid.add(nodes[1], 0, r + 1);
            grid.add(nodes[2], 1, r + 1);
            r += 2;
        }
        shown.clear();
        shown.putAll(keep);
    }

    private Node[] make(SideBySideViewModel.Row row) {
        Label label = new Label();
        label.textProperty().bind(row.labelProperty());
        label.getStyleClass().add("side-row-label");
        label.setPadding(new Insets(10, 0, 0, 0));
        Node left = cell(row, 0);
        Node right = cell(row, 1);
        TextArea l = (TextArea) ((VBox) left).getChildren().get(0);
        TextArea r = (TextArea) ((VBox) right).getChildren().get(0);
        // the two texts of a row are as tall as the longer one: counterparts start and end level
        Runnable fit = () -> {
            int rows = Math.max(lines(l), lines(r));
            l.setPrefRowCount(rows);
            r.setPrefRowCount(rows);
        };
        for (TextArea t : List.of(l, r)) {
            t.textProperty().addListener((o, a, b) -> fit.run());
            t.widthProperty().addListener((o, a, b) -> fit.run());
        }
        fit.run();
        return new Node[]{label, left, right};
    }

    /** One side of a row: the text, the stale mark under it, and the button that adds a paragraph after it. */
    private Node cell(SideBySideViewModel.Row row, int side) {
        SideBySideViewModel.Cell cell = row.cell(side);
        String id = "sbs-" + side + "-" + row.unit().replace(':', '-').replace('.', '_');
        TextArea text = new TextArea();
        text.setId(id);
        text.setAccessibleText(row.labelProperty().get());
        row.labelProperty().addListener((o, a, b) -> text.setAccessibleText(b));
        text.setWrapText(true);
        text.textProperty().bindBidirectional(cell.text);
        text.editableProperty().bind(vm.lockedProperty().not());
        if (row.field() == TextUnits.Field.HEADLINE || row.field() == TextUnits.Field.SUBHEADLINE) {
            text.getStyleClass().add("side-heading");
        }
        Label stale = new Label(Messages.get("versions.stale"));
        stale.setId(id + "-stale");
        stale.getStyleClass().add("side-stale-note");
        stale.setWrapText(true);
        stale.setTooltip(new Tooltip(Messages.get("versions.stale.tip")));
        stale.visibleProperty().bind(cell.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        cell.staleProperty().addListener((o, a, b) -> mark(text, "side-stale", b));
        mark(text, "side-stale", cell.staleProperty().get());
        cell.missingProperty().addListener((o, a, b) -> mark(text, "side-missing", b));
        mark(text, "side-missing", cell.missingProperty().get());
        text.promptTextProperty().bind(javafx.beans.binding.Bindings.when(cell.missingProperty())
                .then(Messages.get("versions.missing")).otherwise(""));
        VBox box = new VBox(3, text, stale);
        if (row.listed()) {
            Button add = new Button(Messages.get(row.field() == TextUnits.Field.BODY ? "versions.addParagraph"
                    : "versions.addHighlight"));
            add.setId(id + "-add");
            add.getStyleClass().addAll("small", "side-add");
            add.setAccessibleText(add.getText());
            add.disableProperty().bind(vm.lockedProperty());
            add.setOnAction(e -> {
                SideBySideViewModel.Row added = vm.addAfter(row);
                if (added != null) {
                    Platform.runLater(() -> {
                        Node[] nodes = shown.get(added);
                        if (nodes != null) {
                            ((VBox) nodes[1 + side]).getChildren().get(0).requestFocus();
                        }
                    });
                }
            });
            HBox bar = new HBox(add);
            bar.setAlignment(Pos.CENTER_RIGHT);
            box.getChildren().add(bar);
        }
        return box;
    }

    /**
     * The lines the text takes at the box's width, roughly (a Chinese character is about two Latin letters wide),
     * and one to spare for typing: the box shows the whole piece without a scroll bar of its own.
     */
    private static int lines(TextArea text) {
        String t = text.getText() == null ? "" : text.getText();
        double width = text.getWidth() > 0 ? text.getWidth() : 320;
        double perLine = Math.max(16, (width - 28) / (text.getFont().getSize() * 0.5));
        int lines = 0;
        for (String line : t.split("\n", -1)) {
            double units = 0;
            for (int i = 0; i < line.length(); i++) {
                units += io.presskit.model.Scripts.isCjk(line.charAt(i)) ? 1.9 : 1;
            }
            lines += Math.max(1, (int) Math.ceil(units / perLine));
        }
        return Math.max(2, lines);
    }

    private static void mark(Node n, String style, boolean on) {
        if (on && !n.getStyleClass().contains(style)) {
            n.getStyleClass().add(style);
        } else if (!on) {
            n.getStyleClass().remove(style);
        }
    }
}
