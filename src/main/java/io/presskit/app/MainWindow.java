package io.presskit.app;

import io.presskit.app.actions.ActionFactory;
import io.presskit.app.actions.Command;
import io.presskit.app.content.Choosers;
import io.presskit.app.content.ContentCommands;
import io.presskit.app.directory.BoilerplateLibraryViewModel;
import io.presskit.app.directory.ContactDirectoryViewModel;
import io.presskit.app.directory.DirectoryView;
import io.presskit.app.directory.ReleaseLinksView;
import io.presskit.app.editor.FormProblem;
import io.presskit.app.editor.ProblemsPanel;
import io.presskit.app.editor.ReleaseEditorView;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.editor.UnstoredValues;
import io.presskit.app.help.HelpWindows;
import io.presskit.app.i18n.Messages;
import io.presskit.app.i18n.ProblemTexts;
import io.presskit.app.photos.PhotosView;
import io.presskit.app.preview.HouseLogo;
import io.presskit.app.preview.KitEngine;
import io.presskit.app.preview.KitExport;
import io.presskit.app.preview.PreviewView;
import io.presskit.app.preview.PreviewViewModel;
import io.presskit.app.releases.ReleaseListView;
import io.presskit.app.releases.ReleaseListViewModel;
import io.presskit.app.settings.HouseDefaults;
import io.presskit.app.settings.Settings;
import io.presskit.app.settings.WindowState;
import io.presskit.app.task.Background;
import io.presskit.app.versions.AddVersionDialog;
import io.presskit.app.versions.SideBySideView;
import io.presskit.app.versions.SideBySideViewModel;
import io.presskit.app.versions.VersionExportDialog;
import io.presskit.app.versions.VersionSwitcher;
import io.presskit.app.versions.VersionsViewModel;
import io.presskit.library.LibraryStore;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.WorkflowStatus;
import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main window: release list, editor (text, photos, contacts and boilerplates, with the problems list) and
 * live preview, with the menus, toolbar and shortcuts, every command built once as an action. It owns the view
 * models and wires them together; the views only talk to their view model.
 */
public final class MainWindow {
    private static final System.Logger LOG = io.presskit.log.Log.of(MainWindow.class);
    public static final String STYLESHEET = "/io/presskit/app/presskit.css";
    private static final KeyCombination UNDO_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_KEY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_KEY_2 = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final Pattern INDEXED = Pattern.compile("(photos|contacts|boilerplates)\\[(\\d+)](?:\\.(\\w+))?.*");

    private final Stage stage;
    private final LibraryStore store;
    private final Background background;
    private final HostServices host;
    private final Settings settings;
    private final WindowGeometry geometry;
    private final ActionFactory actions = new ActionFactory();
    private Runnable onFirstListShown = () -> { };
    private Runnable onClosed;
    private final javafx.event.EventHandler<KeyEvent> historyKeys = this::historyKeys;
    private final javafx.event.EventHandler<ContextMenuEvent> textMenu = this::textMenu;
    private final javafx.event.EventHandler<KeyEvent> pasteKeys = this::pasteKeys;
    private final ReleaseListViewModel list;
    private final ReleaseEditorViewModel editor;
    private final ContactDirectoryViewModel contacts;
    private final BoilerplateLibraryViewModel boilerplates;
    private final PreviewViewModel preview;
    private final KitExport export;
    private final io.presskit.app.team.Team team;
    private final ContentCommands content;
    private final VersionsViewModel versions;
    private final SideBySideViewModel sideBySide;
    /** True while the side-by-side tab is shown: Undo and Redo then act on its history. */
    private final BooleanProperty sideBySideShown = new SimpleBooleanProperty(false);
    /** The side-by-side editor saved the release the form shows: the form reads it again when it is shown. */
    private boolean formOutdated;
    private SideBySideView sideBySideView;
    private java.util.function.Function<javafx.stage.Window, File> pdfChooser = this::systemPdfChooser;
    private java.util.function.BiFunction<javafx.stage.Window, String, File> folderChooser = MainWindow::systemFolderChooser;
    private final Label message = new Label();
    private final HBox exportLinks = new HBox(6);
    private TabPane tabs;
    private SplitPane split;
    private ReleaseEditorView form;
    private PhotosView photosView;
    private ReleaseLinksView linksView;
    private ProblemsPanel problemsPanel;
    private Stage directoryStage;
    private boolean firstListShown;
    private boolean closing;
    private Consumer<Path> lastExport = p -> { };
    private java.util.function.Function<javafx.stage.Window, List<File>> photoChooser = PhotosView::systemChooser;
    private java.util.function.Function<javafx.stage.Window, File> logoChooser = PreferencesDialog::systemLogoChooser;
    private final HouseLogo houseLogo;
    private java.util.function.Consumer<String> onLibraryChosen;
    /** The new release whose headline takes the focus once the editor shows it. */
    private Long headlineFocusFor;

    public MainWindow(Stage stage, LibraryStore store, Background background, HostServices host, KitEngine engine,
                      Settings settings) {
        this(stage, store, background, host, engine, settings, new WindowGeometry(stage));
    }

    /** {@code geometry} already placed the stage (the app shows a placeholder in it while the library opens). */
    public MainWindow(Stage stage, LibraryStore store, Background background, HostServices host, KitEngine engine,
                      Settings settings, WindowGeometry geometry) {
        this.stage = stage;
        this.store = store;
        this.background = background;
        this.host = host;
        this.settings = settings;
        this.geometry = geometry;
        this.onClosed = stage::hide;
        this.list = new ReleaseListViewModel(store, background);
        this.editor = new ReleaseEditorViewModel(store, background);
        this.contacts = new ContactDirectoryViewModel(store, background);
        this.boilerplates = new BoilerplateLibraryViewModel(store, background);
        this.houseLogo = new HouseLogo(() -> settings.houseDefaults().logo());
        KitEngine withLogo = engine.withLogo(houseLogo);
        this.preview = new PreviewViewModel(background, withLogo, io.presskit.service.LibraryPhotos.photoSource(store));
        this.export = new KitExport(background, withLogo, store);
        store.setUser(io.presskit.app.team.TeamSettings.userName(settings));
        this.team = new io.presskit.app.team.Team(stage, store, background, editor, list);
        this.content = new ContentCommands(stage, store, background, host, list, editor, preview.paper::get, houseLogo,
                this::refusedWhileIncomplete, exportLinks.getChildren()::setAll,
                Choosers.system(action -> geometry.keepDuring(action)));
        this.versions = new VersionsViewModel(store, background);
        this.sideBySide = new SideBySideViewModel(store, background, ReleaseEditorViewModel.SAVE_DELAY_MS);
        versions.current.bind(editor.releaseIdProperty());
        sideBySide.setOnSaved(id -> {
            // a save landing after the form was shown again was waited for by its reload
            formOutdated |= sideBySideShown.get();
            list.refresh();
        });
        editor.releaseIdProperty().addListener((o, a, id) -> {
            if (sideBySideShown.get()) {
                showSideBySide();
            }
            if (id != null && id.equals(headlineFocusFor)) {
                headlineFocusFor = null;
                tabs.getSelectionModel().select(0); // the Release tab, where the headline is
                Platform.runLater(() -> {
                    Node headline = stage.getScene().lookup("#headlineField");
                    if (headline != null) {
                        for (javafx.scene.Parent p = headline.getParent(); p != null; p = p.getParent()) {
                            if (p instanceof javafx.scene.control.ScrollPane sp) {
                                Ui.scrollIntoView(sp, headline);
                            }
                        }
                        headline.requestFocus();
                    }
                });
            }
        });

        HouseDefaults defaults = settings.houseDefaults();
        editor.setDefaults(defaults);
        editor.setUnstoredValues(store.file() != null
                ? new UnstoredValues(settings, store.file(), this::saveSettingsLater)
                : new UnstoredValues(settings, store.location().shown(), this::saveSettingsLater));
        preview.paper.set(defaults.paper() == HouseDefaults.Paper.LETTER ? KitEngine.Paper.LETTER : KitEngine.Paper.A4);
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
                    LOG.log(System.Logger.Level.INFO, "release list first shown " + ms + " ms after JVM start");
                }
            }
        });
        editor.setOnSaved(id -> {
            list.refresh();
            versions.refresh(); // the language may have changed
        });
        editor.setOnStatusRefused(this::statusRefused);
        Runnable sharedChanged = () -> background.run(Messages.get("task.load"),
                p -> new SharedRecords(store.directory().contacts(), store.directory().boilerplates()), r -> {
                    editor.sharedRecordsChanged(r.contacts(), r.boilerplates());
                    list.refresh();
                }, e -> { });
        contacts.addOnChanged(sharedChanged);
        boilerplates.addOnChanged(sharedChanged);
        preview.source.bind(editor.draftProperty());
        message.textProperty().bind(list.messageProperty());
        message.getStyleClass().add("hint");
        message.setId("statusMessage");
        exportLinks.setAlignment(Pos.CENTER_LEFT);
        defineActions();
    }

    private record SharedRecords(List<Contact> contacts, List<Boilerplate> boilerplates) {
    }

    /** What runs once the window closed and everything is saved (the app ends the toolkit there). */
    public void setOnClosed(Runnable onClosed) {
        this.onClosed = onClosed;
    }

    /** Runs once, when the release list first shows releases: start-up is over, background work may begin. */
    public void setOnFirstListShown(Runnable action) {
        this.onFirstListShown = action;
    }

    /** Builds the window's content into a scene on the stage and loads the library's lists. */
    public void show() {
        long t0 = System.nanoTime();
        BorderPane root = buildRoot();
        if (System.getenv("PRESSKIT_TIMING") != null) {
            LOG.log(System.Logger.Level.INFO, "window built in " + (System.nanoTime() - t0) / 1_000_000 + " ms, "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start");
        }
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root);
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
        if (!geometry.isPlaced()) {
            geometry.place(settings.window());
        }
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(stylesheet());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, historyKeys);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pasteKeys);
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (mayClose()) {
                shutdown(onClosed);
            }
        });
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, textMenu);
        stage.setTitle(Messages.get("app.title"));
        list.refresh();
        contacts.reload();
        boilerplates.reload();
        team.start();
        stage.show();
    }

    public static String stylesheet() {
        return MainWindow.class.getResource(STYLESHEET).toExternalForm();
    }

    // ------------------------------------------------------------ commands, once each

    private void defineActions() {
        BooleanBinding selected = list.selectedId.isNotNull();
        actions.define(Command.NEW_RELEASE, this::newRelease, null);
        actions.define(Command.DUPLICATE, this::duplicate, selected);
        actions.define(Command.DELETE, this::delete, selected);
        actions.define(Command.ADD_VERSION, this::addVersion, selected);
        actions.define(Command.IMPORT_BUNDLE, this::importBundle, null);
        actions.define(Command.EXPORT_BUNDLE, this::exportBundle, selected);
        actions.define(Command.EXPORT_PDF, this::exportPdf, selected);
        actions.define(Command.PREFERENCES, this::preferences, null);
        actions.define(Command.QUIT, this::quit, null);
        actions.define(Command.UNDO, this::undo, Bindings.when(sideBySideShown)
                .then(sideBySide.history().canUndoProperty().and(sideBySide.lockedProperty().not()))
                .otherwise(editor.history().canUndoProperty().and(editor.lockedProperty().not())));
        actions.define(Command.REDO, this::redo, Bindings.when(sideBySideShown)
                .then(sideBySide.history().canRedoProperty().and(sideBySide.lockedProperty().not()))
                .otherwise(editor.history().canRedoProperty().and(editor.lockedProperty().not())));
        actions.define(Command.UNDO_DELETE, list::undoDelete, list.lastDeletedProperty().isNotNull());
        actions.define(Command.FIND, () -> focus("#searchField"), null);
        actions.define(Command.SHOW_PROBLEMS, () -> problemsPanel.open(), selected);
        actions.define(Command.HISTORY, team::showHistory, selected);
        actions.define(Command.MANAGE_DIRECTORY, this::openDirectory, null);
        actions.define(Command.ADD_PHOTOS, this::addPhotos, selected.and(editor.lockedProperty().not()));
        actions.define(Command.ZOOM_IN, preview::zoomIn, null);
        actions.define(Command.ZOOM_OUT, preview::zoomOut, null);
        actions.define(Command.FIT_WIDTH, preview::fitToWidth, null);
        actions.define(Command.NEXT_PAGE, preview::nextPage, null);
        actions.define(Command.PREVIOUS_PAGE, preview::previousPage, null);
        BooleanBinding open = editor.releaseIdProperty().isNotNull();
        actions.define(Command.IMPORT_DOCUMENT, content::importDocument, null);
        actions.define(Command.PRINT, content::print, open);
        actions.define(Command.EMAIL, content::email, open);
        actions.define(Command.PHOTO_PACK, content::photoPack, open);
        actions.define(Command.COPY_RICH_TEXT, content::copyRichText, open);
        actions.define(Command.USER_GUIDE, () -> HelpWindows.guide(stage), null);
        actions.define(Command.ABOUT, () -> HelpWindows.about(stage), null);
    }

    public ActionFactory actions() {
        return actions;
    }

    private BorderPane buildRoot() {
        ReleaseListView listView = new ReleaseListView(list);
        form = new ReleaseEditorView(editor);
        photosView = null;
        linksView = null;
        sideBySideView = null;
        Tab releaseTab = new Tab(Messages.get("tab.release"), form);
        releaseTab.setId("tabRelease");
        // the photos and links tabs are built when first shown: start-up builds only what the first frame shows
        Tab photosTab = new Tab(Messages.get("tab.photos"));
        photosTab.setId("tabPhotos");
        Tab linksTab = new Tab(Messages.get("tab.links"));
        linksTab.setId("tabLinks");
        Tab sideTab = new Tab(Messages.get("tab.sideBySide"));
        sideTab.setId("tabSideBySide");
        tabs = new TabPane(releaseTab, photosTab, linksTab, sideTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == photosTab) {
                photosView();
            } else if (tab == linksTab) {
                linksView();
            }
            if (tab == sideTab) {
                sideBySideView();
                sideBySideShown.set(true);
                showSideBySide();
            } else if (a == sideTab) {
                leaveSideBySide();
            }
        });
        if (sideBySideShown.get()) {
            leaveSideBySide(); // rebuilt in another UI language: the form is shown first
        }
        tabs.setId("editorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(editor.releaseIdProperty().isNull());
        problemsPanel = new ProblemsPanel(editor, this::reveal);
        problemsPanel.disableProperty().bind(editor.releaseIdProperty().isNull());
        VersionSwitcher switcher = new VersionSwitcher(versions, list.selectedId::set, actions.button(Command.ADD_VERSION));
        switcher.disableProperty().bind(editor.releaseIdProperty().isNull());
        VBox editorColumn = new VBox(switcher, team.bar(), tabs, problemsPanel);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        editorColumn.setMinWidth(360);
        PreviewView previewView = new PreviewView(preview, actions);
        listView.setMinWidth(200);
        previewView.setMinWidth(300);

        List<Double> saved = split == null ? settings.window().map(WindowState::dividers).orElse(List.of())
                : dividers();
        split = new SplitPane(listView, editorColumn, previewView);
        split.setId("mainSplit");
        if (saved.size() == 2) {
            split.setDividerPositions(saved.get(0), saved.get(1));
        } else {
            split.setDividerPositions(0.2, 0.6);
        }
        SplitPane.setResizableWithParent(listView, false);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(split);
        Button undoDelete = actions.button(Command.UNDO_DELETE);
        undoDelete.getStyleClass().add("small");
        undoDelete.visibleProperty().bind(list.lastDeletedProperty().isNotNull());
        undoDelete.managedProperty().bind(undoDelete.visibleProperty());
        HBox messages = new HBox(8, message, undoDelete, exportLinks);
        messages.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(new StatusBar(background, editor, messages));
        return root;
    }

    private List<Double> dividers() {
        List<Double> d = new ArrayList<>();
        if (split != null) {
            for (double v : split.getDividerPositions()) {
                d.add(v);
            }
        }
        return d;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(item(Command.NEW_RELEASE), item(Command.DUPLICATE), item(Command.DELETE),
                item(Command.ADD_VERSION),
                new SeparatorMenuItem(), item(Command.IMPORT_BUNDLE), item(Command.IMPORT_DOCUMENT),
                item(Command.EXPORT_BUNDLE), item(Command.EXPORT_PDF), item(Command.PRINT), new SeparatorMenuItem(),
                item(Command.PREFERENCES), new SeparatorMenuItem(),
                item(Command.QUIT));
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.getItems().addAll(item(Command.UNDO), item(Command.REDO), new SeparatorMenuItem(),
                item(Command.UNDO_DELETE), item(Command.FIND), item(Command.SHOW_PROBLEMS), item(Command.HISTORY));
        Menu library = new Menu(Messages.get("menu.library"));
        library.getItems().addAll(item(Command.MANAGE_DIRECTORY), item(Command.ADD_PHOTOS));
        Menu share = new Menu(Messages.get("menu.share"));
        share.getItems().addAll(item(Command.EMAIL), item(Command.PHOTO_PACK), item(Command.COPY_RICH_TEXT));
        Menu view = new Menu(Messages.get("menu.view"));
        view.getItems().addAll(item(Command.ZOOM_IN), item(Command.ZOOM_OUT), item(Command.FIT_WIDTH),
                item(Command.NEXT_PAGE), item(Command.PREVIOUS_PAGE));
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().addAll(item(Command.USER_GUIDE), item(Command.ABOUT));
        MenuBar bar = new MenuBar(file, edit, library, share, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem item(Command c) {
        return actions.menuItem(c);
    }

    private ToolBar toolBar() {
        Button add = actions.button(Command.NEW_RELEASE);
        add.getStyleClass().add("accent");
        Button expP = actions.button(Command.EXPORT_PDF);
        expP.getStyleClass().add("accent");
        Button undo = actions.button(Command.UNDO, "↶");
        Button redo = actions.button(Command.REDO, "↷");
        undo.getStyleClass().add("icon-button");
        redo.getStyleClass().add("icon-button");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        List<Node> items = List.of(add, actions.button(Command.DUPLICATE), actions.button(Command.DELETE),
                new javafx.scene.control.Separator(), undo, redo, new javafx.scene.control.Separator(),
                actions.button(Command.IMPORT_BUNDLE), actions.button(Command.IMPORT_DOCUMENT),
                actions.button(Command.EXPORT_BUNDLE), expP, actions.button(Command.EMAIL), grow,
                actions.button(Command.HISTORY), actions.button(Command.MANAGE_DIRECTORY));
        for (Node n : items) {
            if (n instanceof Button b) {
                b.setMinWidth(Region.USE_PREF_SIZE); // words are never cut to "Add ..."
            }
        }
        ToolBar bar = new ToolBar(items.toArray(Node[]::new));
        bar.setId("toolBar");
        return bar;
    }

    /**
     * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z act on the release's history, whatever has focus: a text box's own undo
     * (which knows only that box) never runs. The search field keeps its own.
     */
    private void historyKeys(KeyEvent e) {
        if (isSearchField(stage.getScene().getFocusOwner())) {
            return;
        }
        if (UNDO_KEY.match(e)) {
            e.consume();
            actions.fire(Command.UNDO);
        } else if (REDO_KEY.match(e) || REDO_KEY_2.match(e)) {
            e.consume();
            actions.fire(Command.REDO);
        }
    }

    /** A text box's right-click menu in the UI language, with Undo and Redo of the release's history. */
    private void textMenu(ContextMenuEvent e) {
        Node n = e.getTarget() instanceof Node node ? node : null;
        while (n != null && !(n instanceof TextInputControl)) {
            n = n.getParent();
        }
        if (!(n instanceof TextInputControl box) || isSearchField(box) || box.getContextMenu() != null) {
            return;
        }
        MenuItem cut = new MenuItem(Messages.get("text.cut"));
        cut.setOnAction(a -> box.cut());
        MenuItem copy = new MenuItem(Messages.get("text.copy"));
        copy.setOnAction(a -> box.copy());
        MenuItem paste = new MenuItem(Messages.get("text.paste"));
        paste.setOnAction(a -> {
            if (!offersPreview(box)) {
                box.paste();
            }
        });
        MenuItem all = new MenuItem(Messages.get("text.selectAll"));
        all.setOnAction(a -> box.selectAll());
        ContextMenu menu = new ContextMenu(actions.menuItem(Command.UNDO), actions.menuItem(Command.REDO),
                new SeparatorMenuItem(), cut, copy, paste, new SeparatorMenuItem(), all);
        menu.setId("textMenu");
        box.setContextMenu(menu);
    }

    /**
     * A whole release pasted into an empty release's headline or body is offered the import preview instead of
     * landing in the one box (Ctrl+V and Shift+Insert; the text menu's Paste asks the same).
     */
    private void pasteKeys(KeyEvent e) {
        boolean paste = e.isShortcutDown() && e.getCode() == KeyCode.V && !e.isShiftDown() && !e.isAltDown()
                || e.isShiftDown() && e.getCode() == KeyCode.INSERT;
        if (paste && stage.getScene().getFocusOwner() instanceof TextInputControl box && offersPreview(box)) {
            e.consume();
        }
    }

    private boolean offersPreview(TextInputControl box) {
        return ("headlineField".equals(box.getId()) || "bodyField".equals(box.getId())) && content.offerPaste(box);
    }

    /** Import document, print and share (tests answer their choosers and printer). */
    public ContentCommands content() {
        return content;
    }

    private static boolean isSearchField(Node n) {
        return n != null && "searchField".equals(n.getId());
    }

    private void focus(String selector) {
        Node n = stage.getScene().lookup(selector);
        if (n != null) {
            n.requestFocus();
        }
    }

    // ------------------------------------------------------------ what the commands do

    /** A new release, opened with the cursor in its headline: what is typed next is the headline. */
    public void newRelease() {
        list.create(settings.houseDefaults(), id -> headlineFocusFor = id);
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

    private void undo() {
        if (sideBySideShown.get()) {
            sideBySideView().reveal(sideBySide.undo());
            return;
        }
        String field = editor.undo();
        if (field != null) {
            reveal(field);
        }
    }

    private void redo() {
        if (sideBySideShown.get()) {
            sideBySideView().reveal(sideBySide.redo());
            return;
        }
        String field = editor.redo();
        if (field != null) {
            reveal(field);
        }
    }

    /**
     * Shows the field a problem path (or an undone change) points at: switches to its tab, selects its photo,
     * contact or section, focuses the box.
     */
    public void reveal(String path) {
        if (path == null || tabs == null) {
            return;
        }
        Matcher m = INDEXED.matcher(path);
        String kind = m.matches() ? m.group(1) : path.replaceAll("\\[.*", "");
        switch (kind) {
            case "photos" -> {
                tabs.getSelectionModel().select(1);
                if (m.matches()) {
                    photosView().reveal(Integer.parseInt(m.group(2)), m.group(3));
                }
            }
            case "contacts", "boilerplates" -> {
                tabs.getSelectionModel().select(2);
                if (m.matches()) {
                    linksView().reveal(kind, Integer.parseInt(m.group(2)));
                }
            }
            default -> {
                tabs.getSelectionModel().select(0);
                form.reveal(path);
            }
        }
    }

    private void addPhotos() {
        if (editor.releaseIdProperty().get() == null) {
            return;
        }
        tabs.getSelectionModel().select(1);
        geometry.keepDuring(photosView()::choose);
    }

    private void importBundle() {
        File[] dir = new File[1];
        geometry.keepDuring(() -> dir[0] = folderChooser.apply(stage, Messages.get("action.importBundle")));
        if (dir[0] != null) {
            list.importBundle(dir[0].toPath());
        }
    }

    private void exportBundle() {
        Long id = list.selectedId.get();
        if (id == null || refusedWhileIncomplete("export.bundleRefused")) {
            return;
        }
        editor.flush();
        File[] dir = new File[1];
        geometry.keepDuring(() -> dir[0] = folderChooser.apply(stage, Messages.get("action.exportBundle")));
        if (dir[0] != null) {
            list.exportBundle(id, dir[0].toPath());
        }
    }

    /**
     * Export PDF: refused, with every problem listed, while the release is incomplete; else a file chooser. A
     * release with language versions first asks which versions, in which order, how pages are numbered and
     * whether each version is a PDF of its own.
     */
    public void exportPdf() {
        Release r = editor.draftProperty().get();
        if (r == null || refusedWhileIncomplete("export.refused")) {
            return;
        }
        editor.flush();
        Long id = editor.releaseIdProperty().get();
        VersionExportDialog.Choice choice = null;
        List<io.presskit.library.Families.Version> family = versions.versions().stream().filter(v -> !v.inTrash()).toList();
        if (id != null && family.size() > 1) {
            Optional<VersionExportDialog.Choice> asked = VersionExportDialog.ask(stage,
                    new VersionExportDialog.Model(family, id));
            if (asked.isEmpty()) {
                return;
            }
            choice = asked.get();
        }
        File[] f = new File[1];
        geometry.keepDuring(() -> f[0] = pdfChooser.apply(stage));
        if (f[0] == null) {
            return;
        }
        if (choice == null || choice.ids().equals(List.of(id))) {
            exportPdfTo(f[0].toPath());
        } else {
            exportVersionsTo(choice, f[0].toPath());
        }
    }

    private File systemPdfChooser(javafx.stage.Window owner) {
        Release r = editor.draftProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("action.exportPdf"));
        chooser.setInitialFileName(KitExport.defaultFileName(r, LocalDate.now()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return chooser.showSaveDialog(owner);
    }

    private static File systemFolderChooser(javafx.stage.Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return chooser.showDialog(owner);
    }

    /** The folder Import bundle reads and Export bundle writes (tests give one: a headless screen has no chooser). */
    public void setFolderChooser(java.util.function.BiFunction<javafx.stage.Window, String, File> chooser) {
        this.folderChooser = chooser;
    }

    /** Where Export PDF writes (tests give one: a headless screen has no file chooser). */
    public void setPdfChooser(java.util.function.Function<javafx.stage.Window, File> chooser) {
        this.pdfChooser = chooser;
    }

    /** Exports the chosen language versions as the command line's {@code export --languages} would. */
    private void exportVersionsTo(VersionExportDialog.Choice choice, Path target) {
        exportLinks.getChildren().clear();
        export.exportVersions(choice.ids(), preview.paper.get(), choice.numbering(), choice.split(), target,
                editor::hasPendingSave, result -> {
                    lastExport.accept(target);
                    exported(result.files().size() == 1 ? result.files().get(0) : target.getParent(),
                            new KitEngine.Result(result.pageCount(), result.warnings()));
                }, e -> Dialogs.inform(stage, Messages.get("export.failedTitle"), null,
                        Messages.format("export.failed", e.getMessage())));
    }

    /** True (and the problems shown, the problems list unfolded) when the release in the editor may not be issued. */
    private boolean refusedWhileIncomplete(String headerKey) {
        List<Problem> problems = editor.issueProblems();
        if (problems.isEmpty()) {
            return false;
        }
        Dialogs.refused(stage, Messages.get("export.refusedTitle"), Messages.format(headerKey, problems.size()),
                sentences(problems));
        problemsPanel.open();
        return true;
    }

    private List<String> sentences(List<Problem> problems) {
        return problems.stream().map(p -> ProblemTexts.sentence(p, editor.problemContext())).distinct().toList();
    }

    private void statusRefused(WorkflowStatus wanted, List<Problem> problems) {
        Dialogs.refused(stage, Messages.get("status.refusedTitle"),
                Messages.format("status.refused", io.presskit.app.releases.ReleaseListView.statusName(wanted),
                        problems.size()), sentences(problems));
        problemsPanel.open();
    }

    /**
     * Exports the kit of the release in the editor to {@code target} (the file chooser's answer) as the command
     * line would: the stored release, dated by its last edit. Null when the release may not be issued.
     */
    public Background.Job<?> exportPdfTo(Path target) {
        Long id = editor.releaseIdProperty().get();
        if (id == null || !editor.issueProblems().isEmpty()) {
            return null;
        }
        editor.flush();
        exportLinks.getChildren().clear();
        return export.export(id, preview.paper.get(), target, editor::hasPendingSave, result -> {
            lastExport.accept(target);
            exported(target, result);
        }, e -> Dialogs.inform(stage, Messages.get("export.failedTitle"), null,
                Messages.format("export.failed", e.getMessage())));
    }

    /** The export's outcome in the status bar, where it covers nothing (not the preview's warnings). */
    private void exported(Path target, KitEngine.Result result) {
        Label done = new Label(Messages.format("export.doneText", target.getFileName(), result.pageCount()));
        done.setId("exportDone");
        done.getStyleClass().add("export-done");
        exportLinks.getChildren().setAll(done);
        if (host != null) {
            Hyperlink open = new Hyperlink(Messages.get("export.open"));
            open.setOnAction(e -> host.showDocument(target.toUri().toString()));
            Hyperlink folder = new Hyperlink(Messages.get("export.showInFolder"));
            folder.setOnAction(e -> host.showDocument(target.toAbsolutePath().getParent().toUri().toString()));
            exportLinks.getChildren().addAll(open, folder);
        }
    }

    /**
     * Called with the library chosen in Preferences › Library (a file or a URL; null: the default file) when it is
     * another one than before: the app closes this window's library and opens that one. Without it (a window made
     * by a test), the choice takes effect at the next start.
     */
    public void setOnLibraryChosen(java.util.function.Consumer<String> c) {
        onLibraryChosen = c;
    }

    /** The file chooser Preferences opens for the letterhead logo (tests give one). */
    public void setLogoChooser(java.util.function.Function<javafx.stage.Window, File> chooser) {
        this.logoChooser = chooser;
    }

    /** The file chooser Add photos opens (tests give one: a headless screen has none). */
    public void setPhotoChooser(java.util.function.Function<javafx.stage.Window, List<File>> chooser) {
        this.photoChooser = chooser;
        if (photosView != null) {
            photosView.setChooser(chooser);
        }
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
            directoryStage.setOnCloseRequest(e -> {
                if (!closeDirectoryAllowed()) {
                    e.consume();
                }
            });
            directoryStage.setOnHidden(e -> {
                contacts.flush();
                boilerplates.flush();
            });
        }
        directoryStage.show();
        directoryStage.toFront();
    }

    /**
     * Before the directory closes with problems in the record on screen (a bad email is kept as typed, but a
     * release listing it cannot be issued), it says so and offers to go back to the field.
     */
    private boolean closeDirectoryAllowed() {
        contacts.flush();
        boilerplates.flush();
        List<String> problems = new ArrayList<>();
        for (FormProblem p : contacts.problems()) {
            problems.add(Messages.get("directory.contactProblem") + " " + ProblemTexts.sentence(p.problem(), ProblemTexts.PLAIN));
        }
        for (FormProblem p : boilerplates.problems()) {
            problems.add(Messages.get("directory.boilerplateProblem") + " " + ProblemTexts.sentence(p.problem(), ProblemTexts.PLAIN));
        }
        if (problems.isEmpty()) {
            return true;
        }
        return Dialogs.confirm(directoryStage, Messages.get("directory.closeTitle"), Messages.get("directory.closeHeader"),
                "• " + String.join("\n• ", problems) + "\n\n" + Messages.get("directory.closeText"),
                Messages.get("directory.closeAnyway"), Messages.get("directory.keepEditing"));
    }

    private void preferences() {
        String libraryBefore = io.presskit.app.team.TeamSettings.library(settings).orElse("");
        Optional<PreferencesDialog.Choice> choice = PreferencesDialog.show(stage, settings.uiLanguage(),
                settings.houseDefaults(), new io.presskit.app.team.LibraryPreferences(settings, System.getenv()),
                logoChooser);
        choice.ifPresent(c -> {
            boolean logoChanged = !c.defaults().logo().equals(settings.houseDefaults().logo());
            store.setUser(io.presskit.app.team.TeamSettings.userName(settings));
            boolean languageChanged = !c.uiLanguage().equals(settings.uiLanguage());
            settings.setUiLanguage(c.uiLanguage());
            settings.setHouseDefaults(c.defaults());
            editor.setDefaults(c.defaults());
            saveSettingsLater();
            if (languageChanged) {
                Messages.use(c.uiLanguage());
                rebuild();
            }
            if (logoChanged) {
                preview.refreshNow(); // the letterhead as it will print
            }
            String libraryNow = io.presskit.app.team.TeamSettings.library(settings).orElse("");
            if (!libraryNow.equals(libraryBefore) && onLibraryChosen != null) {
                onLibraryChosen.accept(libraryNow.isEmpty() ? null : libraryNow);
            }
        });
    }

    /** Rebuilds every view in the new UI language; the view models (and unsaved edits) stay. */
    private void rebuild() {
        if (directoryStage != null) {
            directoryStage.close();
            directoryStage = null;
        }
        Long id = editor.releaseIdProperty().get();
        actions.relabel();
        stage.getScene().setRoot(buildRoot());
        stage.setTitle(Messages.get("app.title"));
        if (id != null) {
            editor.load(id); // dates are shown in the new language's order
        }
    }

    private void saveSettingsLater() {
        background.run(Messages.get("task.settings"), p -> {
            settings.save();
            return true;
        }, ok -> { }, e -> LOG.log(System.Logger.Level.WARNING, "the settings could not be saved", e));
    }

    private void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Whether the window may close now. Everything typed is saved or kept for the next opening; only text the
     * library refuses outright (over its hard limits) would be lost, and then the user is asked first.
     */
    public boolean mayClose() {
        commitFocusedBox();
        List<Problem> lost = editor.problems().stream().filter(FormProblem::wouldBeLost).map(FormProblem::problem).toList();
        if (lost.isEmpty()) {
            return true;
        }
        boolean quit = Dialogs.confirm(stage, Messages.get("quit.title"), Messages.get("quit.header"),
                "• " + String.join("\n• ", sentences(lost)), Messages.get("quit.anyway"), Messages.get("quit.goBack"));
        if (!quit) {
            reveal(lost.get(0).field());
        }
        return quit;
    }

    /** An editable combo box commits its text when it loses focus: closing must not skip that. */
    private void commitFocusedBox() {
        Node n = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        while (n != null && !(n instanceof ComboBox<?>)) {
            n = n.getParent();
        }
        if (n instanceof ComboBox<?> box && box.isEditable()) {
            box.commitValue();
        }
    }

    /**
     * Saves whatever is still owed and remembers the window, then runs {@code then} on the UI thread. Never
     * asks (see {@link #mayClose()}); also what SIGTERM runs at logout.
     */
    public void shutdown(Runnable then) {
        if (closing) {
            return;
        }
        closing = true;
        commitFocusedBox();
        contacts.flush();
        boilerplates.flush();
        settings.setWindow(geometry.state(dividers()));
        Runnable finalSave = editor.takeFinalSave();
        Runnable sideFinalSave = sideBySide.takeFinalSave();
        background.run(Messages.get("task.save"), p -> {
            if (finalSave != null) {
                finalSave.run();
            }
            if (sideFinalSave != null) {
                sideFinalSave.run();
            }
            // wait for saves already running to land
            long deadline = System.currentTimeMillis() + 10_000;
            while ((editor.isSaving() || contacts.isSaving() || boilerplates.isSaving())
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            settings.save();
            return true;
        }, ok -> closed(then), e -> {
            LOG.log(System.Logger.Level.WARNING, "while closing", e);
            closed(then);
        });
    }

    /** The window's scene may outlive this window (the app reuses its stage): let go of it. */
    private void closed(Runnable then) {
        team.stop();
        Scene scene = stage.getScene();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, historyKeys);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, pasteKeys);
            scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, textMenu);
        }
        then.run();
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

    /** The photos tab's view, built the first time it is needed. */
    public PhotosView photosView() {
        if (photosView == null) {
            photosView = new PhotosView(editor, background, actions.button(Command.ADD_PHOTOS));
            photosView.setChooser(photoChooser);
            lockWithRelease(photosView);
            tabs.getTabs().get(1).setContent(photosView);
        }
        return photosView;
    }

    /** An approved or issued release takes no edits: the tab's parts are disabled (the tab pane owns its content's own state). */
    private void lockWithRelease(javafx.scene.layout.Pane view) {
        for (Node n : view.getChildren()) {
            n.disableProperty().bind(editor.lockedProperty());
        }
    }

    private ReleaseLinksView linksView() {
        if (linksView == null) {
            linksView = new ReleaseLinksView(editor, contacts, boilerplates, actions.button(Command.MANAGE_DIRECTORY));
            lockWithRelease(linksView);
            tabs.getTabs().get(2).setContent(linksView);
        }
        return linksView;
    }

    /** Team work: others' changes, conflicts, sign-off and history. */
    public io.presskit.app.team.Team team() {
        return team;
    }

    public Settings settings() {
        return settings;
    }

    // ------------------------------------------------------------ language versions

    /** "Add a language version": asks the language, then opens the new version (shared parts filled, text to write). */
    private void addVersion() {
        Long id = editor.releaseIdProperty().get();
        if (id == null) {
            return;
        }
        editor.flush();
        sideBySide.flush();
        Optional<String> tag = AddVersionDialog.ask(stage, versions.offered(), editor.language.get());
        tag.ifPresent(t -> versions.add(t, newId -> {
            tabs.getSelectionModel().select(0);
            list.open(newId);
        }));
    }

    /** The side-by-side tab's view, built the first time it is shown. */
    public SideBySideView sideBySideView() {
        if (sideBySideView == null) {
            sideBySideView = new SideBySideView(sideBySide);
            tabs.getTabs().get(3).setContent(sideBySideView);
        }
        return sideBySideView;
    }

    /** Shows the open release beside its other version, once what the form still owes is saved. */
    private void showSideBySide() {
        Long id = editor.releaseIdProperty().get();
        if (id == null) {
            sideBySide.clear();
            return;
        }
        editor.flush();
        sideBySide.load(id, null, editor::hasPendingSave);
    }

    /** Back to the form: what was typed side by side is saved, and the form reads its release again if it changed. */
    private void leaveSideBySide() {
        sideBySideShown.set(false);
        sideBySide.flush();
        if (formOutdated || sideBySide.isOwed()) {
            formOutdated = false;
            editor.reload(sideBySide::isOwed);
        }
    }

    public VersionsViewModel versionsViewModel() {
        return versions;
    }

    public SideBySideViewModel sideBySideViewModel() {
        return sideBySide;
    }

    public Stage stage() {
        return stage;
    }
}
