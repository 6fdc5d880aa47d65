package io.presskit.app;

import io.presskit.app.directory.BoilerplateLibraryViewModel;
import io.presskit.app.directory.ContactDirectoryViewModel;
import io.presskit.app.directory.DirectoryView;
import io.presskit.app.directory.ReleaseLinksView;
import io.presskit.app.editor.ReleaseEditorView;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.i18n.Messages;
import io.presskit.app.photos.PhotosView;
import io.presskit.app.preview.KitEngine;
import io.presskit.app.preview.KitExport;
import io.presskit.app.preview.PreviewView;
import io.presskit.app.preview.PreviewViewModel;
import io.presskit.app.releases.ReleaseListView;
import io.presskit.app.releases.ReleaseListViewModel;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main window: release list, editor (text, photos, contacts and boilerplates) and live preview, with
 * the menus, toolbar and shortcuts for every command. It owns the view models and wires them together;
 * the views only talk to their view model.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/io/presskit/app/presskit.css";

    private final Stage stage;
    private final LibraryStore store;
    private final Background background;
    private final HostServices host;
    private final KitEngine engine;
    private Runnable onFirstListShown = () -> { };
    private final ReleaseListViewModel list;
    private final ReleaseEditorViewModel editor;
    private final ContactDirectoryViewModel contacts;
    private final BoilerplateLibraryViewModel boilerplates;
    private final PreviewViewModel preview;
    private final KitExport export;
    private final Label message = new Label();
    private PhotosView photosView;
    private Stage directoryStage;
    private boolean firstListShown;
    private Consumer<Path> lastExport = p -> { };

    public MainWindow(Stage stage, LibraryStore store, Background background, HostServices host, KitEngine engine) {
        this.stage = stage;
        this.store = store;
        this.background = background;
        this.host = host;
        this.engine = engine;
        this.list = new ReleaseListViewModel(store, background);
        this.editor = new ReleaseEditorViewModel(store, background);
        this.contacts = new ContactDirectoryViewModel(store, background);
        this.boilerplates = new BoilerplateLibraryViewModel(store, background);
        this.preview = new PreviewViewModel(background, engine, io.presskit.service.LibraryPhotos.photoSource(store));
        this.export = new KitExport(background, engine, io.presskit.service.LibraryPhotos.photoSource(store));

        list.selectedId.addListener((o, a, id) -> {
            if (id == null) {
                editor.clear();
            } else {
                editor.load(id);
            }
        });
        list.setOnRefreshed(shown -> {
            if (list.selectedId.get() == null && !shown.isEmpty() && list.query.get().isEmpty()) {
                list.selectedId.set(shown.get(0).id());
            }
            if (!firstListShown && !shown.isEmpty()) {
                firstListShown = true;
                onFirstListShown.run();
                if (System.getenv("PRESSKIT_TIMING") != null) {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.err.println("presskit: release list first shown " + ms + " ms after JVM start");
                }
            }
        });
        editor.setOnSaved(id -> list.refresh());
        Runnable sharedChanged = () -> background.run(Messages.get("task.load"),
                p -> new Object[]{store.directory().contacts(), store.directory().boilerplates()}, r -> {
                    @SuppressWarnings("unchecked") List<io.presskit.model.Contact> cs = (List<io.presskit.model.Contact>) r[0];
                    @SuppressWarnings("unchecked") List<io.presskit.model.Boilerplate> bs = (List<io.presskit.model.Boilerplate>) r[1];
                    editor.sharedRecordsChanged(cs, bs);
                    list.refresh();
                }, e -> { });
        contacts.addOnChanged(sharedChanged);
        boilerplates.addOnChanged(sharedChanged);
        preview.source.bind(editor.validReleaseProperty());
        message.textProperty().bind(list.messageProperty());
        message.getStyleClass().add("hint");
        message.setId("statusMessage");
    }

    /** Builds the window's content into a scene on the stage and loads the library's lists. */
    /** Runs once, when the release list first shows releases: start-up is over, background work may begin. */
    public void setOnFirstListShown(Runnable action) {
        this.onFirstListShown = action;
    }

    public void show() {
        Scene scene = stage.getScene();
        if (scene == null) {
            // as large as the design wants, never larger than the screen (small laptops, headless tests)
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            scene = new Scene(buildRoot(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
            stage.setScene(scene);
        } else {
            scene.setRoot(buildRoot());
        }
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(stylesheet());
        }
        stage.setTitle(Messages.get("app.title"));
        list.refresh();
        contacts.reload();
        boilerplates.reload();
        stage.show();
    }

    public static String stylesheet() {
        return MainWindow.class.getResource(STYLESHEET).toExternalForm();
    }

    private BorderPane buildRoot() {
        ReleaseListView listView = new ReleaseListView(list);
        ReleaseEditorView form = new ReleaseEditorView(editor);
        photosView = new PhotosView(editor, background);
        ReleaseLinksView links = new ReleaseLinksView(editor, contacts, boilerplates, this::openDirectory);
        Tab releaseTab = new Tab(Messages.get("tab.release"), form);
        releaseTab.setId("tabRelease");
        Tab photosTab = new Tab(Messages.get("tab.photos"), photosView);
        photosTab.setId("tabPhotos");
        Tab linksTab = new Tab(Messages.get("tab.links"), links);
        linksTab.setId("tabLinks");
        TabPane tabs = new TabPane(releaseTab, photosTab, linksTab);
        tabs.setId("editorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(editor.releaseIdProperty().isNull());
        PreviewView previewView = new PreviewView(preview);

        SplitPane split = new SplitPane(listView, tabs, previewView);
        split.setDividerPositions(0.22, 0.62);
        SplitPane.setResizableWithParent(listView, false);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(split);
        Button undoDelete = Ui.button("undoDelete", "action.undoDelete", "Shortcut+Shift+R", list::undoDelete);
        undoDelete.getStyleClass().add("small");
        undoDelete.visibleProperty().bind(list.lastDeletedProperty().isNotNull());
        undoDelete.managedProperty().bind(undoDelete.visibleProperty());
        HBox messages = new HBox(8, message, undoDelete);
        messages.setAlignment(Pos.CENTER_LEFT);
        Label msgHolder = new Label();
        msgHolder.setGraphic(messages);
        root.setBottom(new StatusBar(background, editor, msgHolder));
        return root;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menuNew", "action.new", "Shortcut+N", this::newRelease),
                item("menuDuplicate", "action.duplicate", "Shortcut+D", this::duplicate),
                item("menuDelete", "action.delete", "Shortcut+Delete", this::delete),
                new SeparatorMenuItem(),
                item("menuImport", "action.importBundle", "Shortcut+I", this::importBundle),
                item("menuExportBundle", "action.exportBundle", "Shortcut+Shift+B", this::exportBundle),
                item("menuExportPdf", "action.exportPdf", "Shortcut+E", this::exportPdf),
                new SeparatorMenuItem(),
                item("menuPreferences", "action.preferences", "Shortcut+Comma", this::preferences),
                item("menuQuit", "action.quit", "Shortcut+Q", () -> stage.fireEvent(
                        new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.getItems().addAll(
                item("menuUndo", "action.undo", "Shortcut+Z", () -> text(TextInputControl::undo)),
                item("menuRedo", "action.redo", "Shortcut+Y", () -> text(TextInputControl::redo)),
                new SeparatorMenuItem(),
                item("menuUndoDelete", "action.undoDelete", "Shortcut+Shift+R", list::undoDelete),
                item("menuFind", "action.find", "Shortcut+F", () -> focus("#searchField")));
        Menu library = new Menu(Messages.get("menu.library"));
        library.getItems().addAll(
                item("menuDirectory", "action.manageDirectory", "Shortcut+Shift+D", this::openDirectory),
                item("menuAddPhotos", "action.addPhotos", "Shortcut+Shift+P", () -> focus("#addPhotos")));
        Menu view = new Menu(Messages.get("menu.view"));
        view.getItems().addAll(
                item("menuZoomIn", "preview.zoomIn", "Shortcut+Plus", preview::zoomIn),
                item("menuZoomOut", "preview.zoomOut", "Shortcut+Minus", preview::zoomOut),
                item("menuNextPage", "preview.next", "Shortcut+Page_Down", preview::nextPage),
                item("menuPrevPage", "preview.previous", "Shortcut+Page_Up", preview::previousPage));
        MenuBar bar = new MenuBar(file, edit, library, view);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolBar() {
        Button add = Ui.button("newRelease", "action.new", "Shortcut+N", this::newRelease);
        add.getStyleClass().add("accent");
        Button dup = Ui.button("duplicateRelease", "action.duplicate", "Shortcut+D", this::duplicate);
        Button del = Ui.button("deleteRelease", "action.delete", "Shortcut+Delete", this::delete);
        Button imp = Ui.button("importBundle", "action.importBundle", "Shortcut+I", this::importBundle);
        Button expB = Ui.button("exportBundle", "action.exportBundle", "Shortcut+Shift+B", this::exportBundle);
        Button expP = Ui.button("exportPdf", "action.exportPdf", "Shortcut+E", this::exportPdf);
        expP.getStyleClass().add("accent");
        for (Button b : List.of(dup, del, expB, expP)) {
            b.disableProperty().bind(list.selectedId.isNull());
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button dir = Ui.button("openDirectory", "action.manageDirectory", "Shortcut+Shift+D", this::openDirectory);
        ToolBar bar = new ToolBar(add, dup, del, new javafx.scene.control.Separator(), imp, expB, expP, grow, dir);
        bar.setId("toolBar");
        return bar;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void text(Consumer<TextInputControl> action) {
        if (stage.getScene().getFocusOwner() instanceof TextInputControl t) {
            action.accept(t);
        }
    }

    private void focus(String selector) {
        Node n = stage.getScene().lookup(selector);
        if (n != null) {
            n.requestFocus();
        }
    }

    // ------------------------------------------------------------ commands

    public void newRelease() {
        list.create(Messages.isChinese() ? "zh-Hant-HK" : "en-US");
    }

    public void duplicate() {
        if (list.selectedId.get() != null) {
            editor.flush();
            list.duplicate(list.selectedId.get());
        }
    }

    public void delete() {
        if (list.selectedId.get() != null) {
            editor.flush();
            list.delete(list.selectedId.get());
        }
    }

    private void importBundle() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("action.importBundle"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            list.importBundle(dir.toPath());
        }
    }

    private void exportBundle() {
        Long id = list.selectedId.get();
        if (id == null) {
            return;
        }
        editor.flush();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("action.exportBundle"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            list.exportBundle(id, dir.toPath());
        }
    }

    public void exportPdf() {
        Release r = editor.validReleaseProperty().get();
        if (r == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("action.exportPdf"));
        chooser.setInitialFileName(KitExport.defaultFileName(r, LocalDate.now()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            exportPdfTo(f.toPath());
        }
    }

    /** Exports the kit of the release in the editor to {@code target} (the file chooser's answer). */
    public Background.Job<?> exportPdfTo(Path target) {
        Release r = editor.validReleaseProperty().get();
        if (r == null) {
            return null;
        }
        return export.export(r, preview.paper.get(), target, result -> {
            lastExport.accept(target);
            Notifications.create()
                    .owner(stage)
                    .title(Messages.get("export.done"))
                    .text(Messages.format("export.doneText", target.getFileName(), result.pageCount()))
                    .hideAfter(Duration.seconds(10))
                    .action(new Action(Messages.get("export.open"), e -> host.showDocument(target.toUri().toString())),
                            new Action(Messages.get("export.showInFolder"),
                                    e -> host.showDocument(target.toAbsolutePath().getParent().toUri().toString())))
                    .showInformation();
        }, e -> {
            Alert a = new Alert(Alert.AlertType.ERROR, Messages.format("export.failed", e.getMessage()), ButtonType.OK);
            a.initOwner(stage);
            a.show();
        });
    }

    /** Called after each finished export (tests wait on it). */
    public void setOnExported(Consumer<Path> c) {
        lastExport = c;
    }

    public void openDirectory() {
        if (directoryStage == null) {
            directoryStage = new Stage();
            directoryStage.initOwner(stage);
            directoryStage.setTitle(Messages.get("directory.title"));
            Scene s = new Scene(new DirectoryView(contacts, boilerplates), 900, 600);
            s.getStylesheets().add(stylesheet());
            directoryStage.setScene(s);
            directoryStage.setOnHidden(e -> {
                contacts.flush();
                boilerplates.flush();
            });
        }
        directoryStage.show();
        directoryStage.toFront();
    }

    private void preferences() {
        List<String> choices = List.of(Messages.get("prefs.system"), "English", "繁體中文");
        String current = switch (Messages.preference()) {
            case Messages.ENGLISH -> choices.get(1);
            case Messages.CHINESE -> choices.get(2);
            default -> choices.get(0);
        };
        ChoiceDialog<String> d = new ChoiceDialog<>(current, choices);
        d.initOwner(stage);
        d.setTitle(Messages.get("action.preferences"));
        d.setHeaderText(Messages.get("prefs.language"));
        d.getDialogPane().getStylesheets().add(stylesheet());
        d.showAndWait().ifPresent(choice -> {
            int i = choices.indexOf(choice);
            Messages.savePreference(i == 1 ? Messages.ENGLISH : i == 2 ? Messages.CHINESE : Messages.SYSTEM);
            rebuild();
        });
    }

    /** Rebuilds every view in the new UI language; the view models (and unsaved edits) stay. */
    private void rebuild() {
        if (directoryStage != null) {
            directoryStage.close();
            directoryStage = null;
        }
        stage.getScene().setRoot(buildRoot());
        stage.setTitle(Messages.get("app.title"));
    }

    /**
     * Saves whatever is still owed (closing never asks), then runs {@code then} on the UI thread.
     */
    public void shutdown(Runnable then) {
        contacts.flush();
        boilerplates.flush();
        Runnable finalSave = editor.takeFinalSave();
        background.run(Messages.get("task.save"), p -> {
            if (finalSave != null) {
                finalSave.run();
            }
            // wait for saves already running to land
            long deadline = System.currentTimeMillis() + 10_000;
            while (editor.isSaving() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            return true;
        }, ok -> then.run(), e -> then.run());
    }

    public ReleaseListViewModel listViewModel() {
        return list;
    }

    public ReleaseEditorViewModel editorViewModel() {
        return editor;
    }

    public ContactDirectoryViewModel contactsViewModel() {
        return contacts;
    }

    public BoilerplateLibraryViewModel boilerplatesViewModel() {
        return boilerplates;
    }

    public PreviewViewModel previewViewModel() {
        return preview;
    }

    public PhotosView photosView() {
        return photosView;
    }

    public Stage stage() {
        return stage;
    }
}
