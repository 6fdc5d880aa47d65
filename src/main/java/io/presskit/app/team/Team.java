package io.presskit.app.team;

import io.presskit.app.Dialogs;
import io.presskit.app.i18n.Messages;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.releases.ReleaseListView;
import io.presskit.app.releases.ReleaseListViewModel;
import io.presskit.app.task.Background;
import io.presskit.library.ConflictException;
import io.presskit.library.LibraryChange;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.library.Revision;
import io.presskit.library.VersionedRelease;
import io.presskit.model.Release;
import io.presskit.model.WorkflowStatus;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What working in a team adds to the main window: others' changes seen (the list refreshes; an open release
 * edited elsewhere says so, with reload or keep editing), a save that meets someone else's shown with both
 * texts, status changes signed with a note, the "edit anyway" of a locked release, and the release's history.
 * The same on a library file (another program's changes) and a team library.
 */
public final class Team {
    private static final System.Logger LOG = io.presskit.log.Log.of(Team.class);
    private final Stage owner;
    private final LibraryStore store;
    private final Background background;
    private final ReleaseEditorViewModel editor;
    private final ReleaseListViewModel list;
    private final ReadOnlyStringWrapper editedElsewhere = new ReadOnlyStringWrapper("");
    private AutoCloseable listening;
    private HistoryWindow history;
    private boolean asking;

    public Team(Stage owner, LibraryStore store, Background background, ReleaseEditorViewModel editor,
                ReleaseListViewModel list) {
        this.owner = owner;
        this.store = store;
        this.background = background;
        this.editor = editor;
        this.list = list;
        editor.setOnConflict(this::conflict);
        editor.setStatusNote(this::askStatusNote);
        editor.setOnKeptAsCopy((id, copy) -> Dialogs.inform(owner, Messages.get("team.conflict.title"), null,
                Messages.format("team.keptAsCopy", id, copy)));
        editor.releaseIdProperty().addListener((o, a, b) -> editedElsewhere.set(""));
    }

    /** Starts hearing others' changes (call once the window shows); a library that cannot listen just does not. */
    public void start() {
        try {
            listening = store.listen(change -> Platform.runLater(() -> changed(change)));
        } catch (LibraryException e) {
            LOG.log(System.Logger.Level.WARNING, "others' changes will not be seen: " + e.getMessage());
        }
    }

    public void stop() {
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception ignored) {
                // the library closes next; nothing more to hear
            }
            listening = null;
        }
        if (history != null) {
            history.close();
        }
    }

    /** "Edited by NAME at TIME", "" while the open release is as this window last read or saved it. */
    public ReadOnlyStringProperty editedElsewhereProperty() {
        return editedElsewhere.getReadOnlyProperty();
    }

    private void changed(LibraryChange change) {
        list.refresh();
        Long id = editor.releaseIdProperty().get();
        Long now = id == null ? null : change.releases().get(id);
        if (now == null || now == LibraryChange.DELETED || now <= editor.version()) {
            return;
        }
        background.run(Messages.get("task.load"), p -> lastRevision(id), last -> {
            if (Objects.equals(id, editor.releaseIdProperty().get()) && now > editor.version()) {
                editedElsewhere.set(last.map(r -> Messages.format("team.editedElsewhere", r.by(), time(r.savedAt())))
                        .orElse(Messages.get("team.editedElsewhereUnknown")));
            }
        }, e -> { });
    }

    private Optional<Revision> lastRevision(long id) throws LibraryException {
        List<Revision> all = store.history().revisions(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    static String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Messages.locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /** The bar over the editor: edited elsewhere (reload / keep editing), and a locked release's "edit anyway". */
    public Node bar() {
        Label text = new Label();
        text.setId("editedElsewhere");
        text.setWrapText(true);
        text.textProperty().bind(editedElsewhere);
        Button reload = new Button(Messages.get("team.reload"));
        reload.setId("reloadRelease");
        reload.setOnAction(e -> reload());
        Button keep = new Button(Messages.get("team.keepEditing"));
        keep.setId("keepEditing");
        keep.setOnAction(e -> editedElsewhere.set(""));
        HBox elsewhere = row(text, reload, keep);
        elsewhere.setId("editedElsewhereBar");
        elsewhere.visibleProperty().bind(editedElsewhere.isNotEmpty());

        Label lockedText = new Label(Messages.get("team.lockedBar"));
        lockedText.setWrapText(true);
        Button anyway = new Button(Messages.get("team.editAnyway"));
        anyway.setId("editAnyway");
        anyway.setOnAction(e -> editAnyway());
        HBox locked = row(lockedText, anyway);
        locked.setId("lockedBar");
        locked.visibleProperty().bind(editor.lockedProperty().and(editor.releaseIdProperty().isNotNull()));
        for (HBox b : List.of(elsewhere, locked)) {
            b.managedProperty().bind(b.visibleProperty());
        }
        return new VBox(elsewhere, locked);
    }

    private static HBox row(Label text, Button... buttons) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        HBox box = new HBox(8, text, grow);
        box.getChildren().addAll(buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("team-bar");
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return box;
    }

    /** The release as stored now replaces the form, as one undoable step (Ctrl+Z brings back what was typed). */
    public void reload() {
        Long id = editor.releaseIdProperty().get();
        if (id == null) {
            return;
        }
        editedElsewhere.set("");
        background.run(Messages.get("task.open"), p -> store.releases().read(id), found -> found.ifPresent(
                theirs -> editor.resolveConflict(theirs.release(), theirs)), e -> { });
    }

    // ------------------------------------------------------------ a save that met someone else's

    private void conflict(ConflictException e) {
        if (asking) {
            return; // the question is on screen; the answer covers this save too
        }
        asking = true;
        VersionedRelease theirs = e.theirs();
        background.run(Messages.get("task.load"), p -> lastRevision(theirs.id()), last -> Platform.runLater(() -> {
            try {
                answer(e, last);
            } finally {
                asking = false;
            }
        }), err -> asking = false);
    }

    private void answer(ConflictException refused, Optional<Revision> last) {
        VersionedRelease theirs = refused.theirs();
        Release mine = editor.draftProperty().get();
        if (mine == null || editor.movedOn(theirs.id())) {
            editor.keepAsCopy(refused); // another release was opened meanwhile: no one to ask, nothing dropped
            return;
        }
        String who = last.map(Revision::by).orElse("?");
        String when = last.map(r -> time(r.savedAt())).orElse("");
        editedElsewhere.set("");
        ConflictDialog.ask(owner, theirs, mine, editor.storedRelease(), who, when).ifPresent(a -> {
            if (a instanceof ConflictDialog.KeepTheirs) {
                editor.resolveConflict(theirs.release(), theirs);
            } else if (a instanceof ConflictDialog.KeepMine) {
                editor.keepMine(theirs);
            } else if (a instanceof ConflictDialog.Combine c) {
                editor.resolveConflict(ReleaseParts.merge(theirs.release(), mine, c.fromMine()), theirs);
            }
        });
    }

    // ------------------------------------------------------------ sign-off

    /** The note a status move carries: a small dialog; empty when the move was cancelled. */
    Optional<String> askStatusNote(WorkflowStatus next) {
        Dialog<String> d = Dialogs.prepare(new Dialog<>(), owner, Messages.get("team.status.title"));
        d.getDialogPane().setId("statusNoteDialog");
        String headline = Optional.ofNullable(editor.draftProperty().get()).map(Release::headline).orElse("");
        d.setHeaderText(Messages.format("team.status.header", headline.lines().findFirst().orElse(""),
                ReleaseListView.statusName(next), store.user()));
        TextField note = new TextField();
        note.setId("statusNote");
        note.setPromptText(Messages.get("team.status.notePrompt"));
        note.setPrefColumnCount(40);
        Label label = new Label(Messages.get("team.status.note"));
        label.setLabelFor(note);
        d.getDialogPane().setContent(new VBox(6, label, note));
        ButtonType move = new ButtonType(Messages.format("team.status.move", ReleaseListView.statusName(next)),
                ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(move, Dialogs.cancel());
        d.getDialogPane().lookupButton(move).setId("statusNoteOk");
        d.setResultConverter(b -> b == move ? note.getText() : null);
        Platform.runLater(note::requestFocus);
        return d.showAndWait();
    }

    /** Asks before an approved or issued release is edited; yes sends it back to draft with the note. */
    public void editAnyway() {
        WorkflowStatus s = editor.statusProperty().get();
        if (!editor.lockedProperty().get()) {
            return;
        }
        Dialog<String> d = Dialogs.prepare(new Dialog<>(), owner, Messages.get("team.editAnyway.title"));
        d.getDialogPane().setId("editAnywayDialog");
        String status = ReleaseListView.statusName(s).toLowerCase(Messages.locale());
        d.setHeaderText(Messages.format("team.editAnyway.header", status));
        TextField note = new TextField();
        note.setId("editAnywayNote");
        note.setPromptText(Messages.get("team.editAnyway.notePrompt"));
        Label text = new Label(Messages.get("team.editAnyway.text"));
        text.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, text, note));
        ButtonType yes = new ButtonType(Messages.get("team.editAnyway.yes"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(yes, Dialogs.cancel());
        d.getDialogPane().lookupButton(yes).setId("editAnywayYes");
        d.setResultConverter(b -> b == yes ? note.getText() : null);
        d.showAndWait().ifPresent(n -> editor.editAnyway(n.isBlank()
                ? Messages.format("team.editAnyway.defaultNote", status) : n.strip()));
    }

    // ------------------------------------------------------------ history

    /** The history window of the release in the editor. */
    public void showHistory() {
        Long id = editor.releaseIdProperty().get();
        if (id == null) {
            return;
        }
        if (history == null) {
            history = new HistoryWindow(owner, store, background, editor);
        }
        history.show(id);
    }

    /** The open history window, if any (tests look into it). */
    public Optional<HistoryWindow> historyWindow() {
        return Optional.ofNullable(history);
    }
}
