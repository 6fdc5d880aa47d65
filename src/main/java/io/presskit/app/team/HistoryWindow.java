package io.presskit.app.team;

import io.presskit.app.MainWindow;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.i18n.Messages;
import io.presskit.app.releases.ReleaseListView;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.library.Revision;
import io.presskit.library.RevisionComparison;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.Comparator;
import java.util.List;

/**
 * The history of the release in the editor: its revisions (number, time, who, status, what changed), a
 * side-by-side comparison of any two of them with the changes marked (character by character in Chinese, word
 * by word in English), and "Restore this revision", which makes an old revision current as a new one, so that
 * the state it replaces stays in the history.
 */
public final class HistoryWindow {
    private final Stage stage = new Stage();
    private final LibraryStore store;
    private final Background background;
    private final ReleaseEditorViewModel editor;
    private final TableView<Revision> table = new TableView<>();
    private final GridPane comparison = DiffText.sideBySide(200, 420);
    private final Label compared = new Label();
    private final Label message = new Label();
    private final Button compare = new Button(Messages.get("team.history.compare"));
    private final Button restore = new Button(Messages.get("team.history.restore"));
    private long releaseId;

    HistoryWindow(Stage owner, LibraryStore store, Background background, ReleaseEditorViewModel editor) {
        this.store = store;
        this.background = background;
        this.editor = editor;
        stage.initOwner(owner);
        table.setId("historyTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("team.history.revision", r -> String.valueOf(r.number()), 70));
        table.getColumns().add(column("team.history.time", r -> Team.time(r.savedAt()), 150));
        table.getColumns().add(column("team.history.who", Revision::by, 110));
        table.getColumns().add(column("team.history.status", r -> ReleaseListView.statusName(r.status()), 100));
        table.getColumns().add(column("team.history.changed", HistoryWindow::changed, 320));
        table.setPlaceholder(new Label(Messages.get("team.history.none")));

        compare.setId("historyCompare");
        compare.setOnAction(e -> compareSelected());
        restore.setId("historyRestore");
        restore.setOnAction(e -> restoreSelected());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Revision>) c -> buttons());
        buttons();
        message.setId("historyMessage");
        message.setWrapText(true);
        message.getStyleClass().add("problem-text");
        Label hint = new Label(Messages.get("team.history.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox actions = new HBox(8, compare, restore, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(6, 0, 6, 0));

        comparison.setId("comparison");
        ScrollPane scroll = new ScrollPane(comparison);
        scroll.setFitToWidth(true);
        compared.setId("comparedRevisions");
        compared.getStyleClass().add("section-title");
        VBox lower = new VBox(6, compared, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox upper = new VBox(table, actions, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        BorderPane root = new BorderPane(split);
        root.setPadding(new Insets(10));
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        // the window follows the release in the editor
        editor.releaseIdProperty().addListener((o, a, b) -> {
            if (stage.isShowing() && b != null && b != releaseId) {
                show(b);
            }
        });
    }

    private static String changed(Revision r) {
        String what = r.changedText();
        return r.note() == null ? what : what + " — " + r.note();
    }

    private static TableColumn<Revision, String> column(String key, java.util.function.Function<Revision, String> value,
                                                        double width) {
        TableColumn<Revision, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private void buttons() {
        int n = table.getSelectionModel().getSelectedItems().size();
        compare.setDisable(n < 1 || n > 2 || (n == 1 && table.getSelectionModel().getSelectedIndex() == 0));
        restore.setDisable(n != 1 || table.getSelectionModel().getSelectedIndex() == table.getItems().size() - 1);
    }

    /** Shows (and loads) the history of release {@code id}. */
    void show(long id) {
        releaseId = id;
        stage.setTitle(Messages.format("team.history.title", id));
        reload(-1);
        stage.show();
        stage.toFront();
    }

    /** Reloads the revisions; {@code select} (a revision number) is selected and compared with the one before. */
    private void reload(int select) {
        long id = releaseId;
        message.setText("");
        background.run(Messages.get("task.load"), p -> store.history().revisions(id), revs -> {
            if (id != releaseId) {
                return;
            }
            table.getItems().setAll(revs);
            if (select >= 0) {
                revs.stream().filter(r -> r.number() == select).findFirst().ifPresent(r -> {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(r);
                    compareSelected();
                });
            } else if (revs.size() >= 2) {
                // the newest revision that changed the text, against the one before it
                int at = revs.size() - 1;
                while (at > 1 && revs.get(at).changed().isEmpty()) {
                    at--;
                }
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(at);
                compareSelected();
            } else {
                comparison.getChildren().clear();
                compared.setText("");
            }
            buttons();
        }, e -> message.setText(e.getMessage()));
    }

    /** Two selected revisions side by side; one selected: it and the one before it. */
    private void compareSelected() {
        List<Revision> picked = table.getSelectionModel().getSelectedItems().stream()
                .sorted(Comparator.comparingInt(Revision::number)).toList();
        if (picked.isEmpty() || picked.size() > 2) {
            return;
        }
        Revision newer = picked.get(picked.size() - 1);
        Revision older;
        if (picked.size() == 2) {
            older = picked.get(0);
        } else {
            int at = table.getItems().indexOf(newer);
            if (at <= 0) {
                return;
            }
            older = table.getItems().get(at - 1);
        }
        long id = releaseId;
        background.run(Messages.get("task.load"), p -> store.history().compare(id, older.number(), newer.number()),
                this::showComparison, e -> message.setText(e.getMessage()));
    }

    private void showComparison(RevisionComparison c) {
        comparison.getChildren().clear();
        compared.setText(Messages.format("team.history.compared", c.older().number(), c.newer().number()));
        comparison.addRow(0, new Label(""), heading(c.older()), heading(c.newer()));
        int row = 1;
        for (RevisionComparison.FieldDiff f : c.fields()) {
            Label name = new Label(FieldNames.of(f.field()));
            name.getStyleClass().add("section-title");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            comparison.add(name, 0, row);
            comparison.add(DiffText.framed(DiffText.side(f.diff(), false), "older-" + f.field()), 1, row);
            comparison.add(DiffText.framed(DiffText.side(f.diff(), true), "newer-" + f.field()), 2, row);
            row++;
        }
        if (c.fields().isEmpty()) {
            comparison.add(new Label(Messages.get("team.history.same")), 1, row, 2, 1);
        }
    }

    private static Label heading(Revision r) {
        Label l = new Label(Messages.format("team.history.side", r.number(), r.by(), Team.time(r.savedAt()),
                ReleaseListView.statusName(r.status())));
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        return l;
    }

    private void restoreSelected() {
        Revision r = table.getSelectionModel().getSelectedItem();
        if (r == null || !java.util.Objects.equals(editor.releaseIdProperty().get(), releaseId)) {
            return;
        }
        message.setText("");
        editor.restoreRevision(r.number(), () -> reload(-1), e -> message.setText(e.getMessage()));
    }

    public Stage stage() {
        return stage;
    }

    void close() {
        stage.close();
    }
}
