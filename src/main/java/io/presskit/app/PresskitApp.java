package io.presskit.app;

import io.presskit.app.i18n.Messages;
import io.presskit.app.preview.KitEngine;
import io.presskit.app.settings.Settings;
import io.presskit.app.task.Background;
import io.presskit.kit.KitExporter;
import io.presskit.library.Backups;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryLocation;
import io.presskit.library.LibraryLock;
import io.presskit.library.LibraryStore;
import io.presskit.service.Libraries;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop app. Start-up opens the library and loads the shipped fonts at the same time, off the FX
 * thread, while the window already shows at its remembered size; the main window replaces the placeholder
 * once both are done. SIGTERM (logout) runs the same orderly shutdown as closing the window.
 */
public class PresskitApp extends Application {
    private static final System.Logger LOG = io.presskit.log.Log.of(PresskitApp.class);
    /** How long an orderly shutdown after SIGTERM may take before the process ends regardless. */
    private static final long TERMINATION_GRACE_MS = 20_000;

    private LibraryStore store;
    private Background background;
    private MainWindow window;
    private Stage stage;
    private static volatile LibraryLock lock;
    private static volatile PresskitApp running;
    private static volatile Settings settings;
    /** The team library's password as typed in this session: kept in memory only, never written anywhere. */
    private static volatile char[] sessionPassword;
    private WindowGeometry geometry;
    private CompletableFuture<Integer> fonts;
    private ProgressIndicator spinner;
    private Label opening;
    private HBox offers;

    /**
     * The default library, opened while the JavaFX toolkit starts (the launcher's no-argument path): the two
     * take about the same time, so doing them side by side takes almost half a second off start-up.
     */
    private static volatile EarlyOpen early;

    private record EarlyOpen(Path file, CompletableFuture<LibraryStore> store) {
    }

    /**
     * Starts the app on {@code db} (null: PRESSKIT_DB, else the default library) and returns when it has
     * ended; the process then exits.
     */
    public static void start(String db) {
        // No AWT toolkit thread (PDFBox rendering would start one): a second X connection in the process is
        // what crashed the JVM at exit.
        System.setProperty("java.awt.headless", "true");
        io.presskit.log.Log.toFolder(Libraries.dataFolder(System.getenv()), true);
        settings();
        String chosen = chosen(db);
        if (!isServer(chosen)) {
            Path file = libraryFile(chosen);
            early = new EarlyOpen(file, CompletableFuture.supplyAsync(() -> openLocked(file)));
        }
        ShutdownSignals.install(PresskitApp::terminate);
        Application.launch(PresskitApp.class, db == null ? new String[0] : new String[]{"--db=" + db});
        System.exit(0);
    }

    /**
     * The library to open: {@code --db}, else {@code PRESSKIT_DB}, else the one chosen in Preferences › Library;
     * null for the default file.
     */
    static String chosen(String db) {
        if (db != null && !db.isBlank()) {
            return db;
        }
        String env = System.getenv("PRESSKIT_DB");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return io.presskit.app.team.TeamSettings.library(settings()).orElse(null);
    }

    /** The library file to open for {@code chosen}: the default file when none (or a server) was chosen. */
    private static Path libraryFile(String chosen) {
        return chosen == null || isServer(chosen) ? Libraries.resolve(null, System.getenv()) : Path.of(chosen);
    }

    private static boolean isServer(String location) {
        return location != null
                && location.regionMatches(true, 0, LibraryLocation.SCHEME, 0, LibraryLocation.SCHEME.length());
    }

    /** Tests start the app on settings files of their own: the next start reads the settings again. */
    static synchronized void forgetSettings() {
        settings = null;
        sessionPassword = null;
    }

    /** This user's settings, read once; the UI language is set from them before any window shows. */
    static Settings settings() {
        Settings s = settings;
        if (s == null) {
            synchronized (PresskitApp.class) {
                if (settings == null) {
                    settings = Settings.loadDefault(System.getenv());
                    if (System.getProperty("presskit.ui.language") == null) {
                        Messages.use(settings.uiLanguage());
                    }
                }
                s = settings;
            }
        }
        return s;
    }

    /** SIGTERM: the window closes as if closed by the user, without questions; the process then ends. */
    private static void terminate() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TERMINATION_GRACE_MS);
            } catch (InterruptedException e) {
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "the shutdown did not finish in time; ending now");
            Runtime.getRuntime().halt(1);
        }, "presskit-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            Platform.runLater(() -> {
                PresskitApp app = running;
                if (app != null && app.window != null) {
                    app.window.shutdown(() -> {
                        app.stage.hide();
                        Platform.exit();
                    });
                } else {
                    Platform.exit();
                }
            });
        } catch (IllegalStateException e) {
            System.exit(0); // the toolkit is not up yet (or already gone): nothing to close
        }
    }

    @Override
    public void start(Stage stage) {
        running = this;
        this.stage = stage;
        Settings settings = settings();
        // --db=FILE_OR_URL (as on the command line) picks the library; else PRESSKIT_DB, else Preferences › Library,
        // else the default file.
        String chosen = chosen(getParameters().getNamed().get("db"));
        Path file = libraryFile(chosen);
        CompletableFuture<Integer> fonts = CompletableFuture.supplyAsync(Fonts::load);
        if (System.getenv("PRESSKIT_TIMING") != null) {
            long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.log(System.Logger.Level.INFO, "FX start " + (System.currentTimeMillis() - start) + " ms after JVM start");
            fonts.thenRun(() -> LOG.log(System.Logger.Level.INFO, "fonts loaded " + (System.currentTimeMillis() - start) + " ms"));
        }
        WindowGeometry geometry = new WindowGeometry(stage);
        geometry.place(settings.window());
        this.geometry = geometry;
        this.fonts = fonts;
        placeholder(isServer(chosen) ? chosen : file.toString());
        stage.show();
        openChosen(chosen, file);
    }

    /** The window's content while a library opens: a spinner, what is being opened, and room for offers. */
    private void placeholder(String what) {
        spinner = new ProgressIndicator();
        opening = new Label(Messages.format("app.opening", what));
        opening.setWrapText(true);
        opening.setMaxWidth(640);
        offers = new HBox(8);
        offers.setAlignment(Pos.CENTER);
        VBox placeholder = new VBox(12, spinner, opening, offers);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("main-window");
        stage.setScene(new Scene(placeholder));
        stage.setTitle(Messages.get("app.title"));
    }

    /** Opens {@code chosen} (a team library's URL, else the library file {@code file}). */
    private void openChosen(String chosen, Path file) {
        if (isServer(chosen)) {
            try {
                openTeam((LibraryLocation.Server) LibraryLocation.parse(chosen), sessionPassword);
            } catch (LibraryException e) {
                refused(e.getMessage());
            }
        } else {
            open(stage, geometry, file, fonts, spinner, opening, offers, false);
        }
    }

    /**
     * Preferences › Library chose another library: the open one is closed as at quit (pending edits saved, the
     * library closed and unlocked), and the chosen one opens in the same window, as it would at the next start.
     */
    private void switchTo(String chosen) {
        MainWindow leaving = window;
        if (leaving == null) {
            return;
        }
        leaving.shutdown(() -> {
            window = null;
            closeLibrary();
            Path file = libraryFile(chosen);
            placeholder(isServer(chosen) ? chosen : file.toString());
            openChosen(chosen, file);
        });
    }

    /**
     * Opens a team library off the FX thread. A refused password asks for the password (kept for the session
     * only); an unreachable server, a missing database or a cancelled prompt is one sentence with the offer to
     * work on the local library instead.
     */
    private void openTeam(LibraryLocation.Server server, char[] password) {
        offers.getChildren().clear();
        opening.getStyleClass().remove("problem-text");
        opening.setText(Messages.format("app.opening", server.url()));
        spinner.setVisible(true);
        CompletableFuture.supplyAsync(() -> {
            try {
                return Libraries.open(server, password, System.getenv());
            } catch (LibraryException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).thenCombine(fonts, (s, n) -> s).whenComplete((s, error) -> Platform.runLater(() -> {
            if (error == null) {
                sessionPassword = password;
                showWindow(s, false);
                stage.setTitle(stage.getTitle() + " — " + server.shown());
                return;
            }
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            String sentence = cause instanceof LibraryException ? cause.getMessage()
                    : Messages.format("app.openFailed", server.shown(), cause.getMessage());
            if (cause instanceof LibraryException le && le.kind() == LibraryException.Kind.PASSWORD) {
                Optional<char[]> typed = askPassword(server, sentence);
                if (typed.isPresent()) {
                    openTeam(server, typed.get());
                    return;
                }
            }
            refused(sentence);
            Button again = new Button(Messages.get("app.tryAgain"));
            again.setId("tryTeamAgain");
            again.setOnAction(a -> openTeam(server, sessionPassword));
            offers.getChildren().add(0, again);
        }));
    }

    /** The sentence in the placeholder, and the offer to work on the local library instead. */
    private void refused(String sentence) {
        spinner.setVisible(false);
        opening.getStyleClass().add("problem-text");
        opening.setText(sentence);
        Path local = io.presskit.app.team.TeamSettings.localFile(settings(), System.getenv());
        Button useLocal = new Button(Messages.format("app.useLocal", local));
        useLocal.setId("useLocalLibrary");
        useLocal.setOnAction(a -> {
            opening.getStyleClass().remove("problem-text");
            opening.setText(Messages.format("app.opening", local));
            open(stage, geometry, local, fonts, spinner, opening, offers, false);
        });
        offers.getChildren().setAll(useLocal);
    }

    /** Asks for the team library's password; {@code why} is the server's refusal. Empty when cancelled. */
    private Optional<char[]> askPassword(LibraryLocation.Server server, String why) {
        javafx.scene.control.Dialog<char[]> d = Dialogs.prepare(new javafx.scene.control.Dialog<>(), stage,
                Messages.get("app.password.title"));
        d.getDialogPane().setId("passwordDialog");
        d.setHeaderText(Messages.format("app.password.header", server.user(), server.shown()));
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("password");
        Label reason = new Label(why);
        reason.setWrapText(true);
        reason.setMaxWidth(520);
        reason.setId("passwordReason");
        Label kept = new Label(Messages.get("app.password.text"));
        kept.getStyleClass().add("hint");
        d.getDialogPane().setContent(new VBox(8, reason, field, kept));
        javafx.scene.control.ButtonType open = new javafx.scene.control.ButtonType(Messages.get("app.password.open"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, Dialogs.cancel());
        d.getDialogPane().lookupButton(open).setId("passwordOpen");
        d.setResultConverter(b -> b == open ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> typed = d.showAndWait();
        field.clear();
        return typed;
    }

    /**
     * Opens the library (locked against a second window) off the FX thread. A refusal shows its sentence
     * and, where one makes sense, an offer: open read-only (the library is in use or read-only), or restore
     * the newest backup (the library is damaged); nothing is ever overwritten silently.
     */
    private void open(Stage stage, WindowGeometry geometry, Path file, CompletableFuture<Integer> fonts,
                      ProgressIndicator spinner, Label opening, HBox offers, boolean readOnly) {
        offers.getChildren().clear();
        spinner.setVisible(true);
        EarlyOpen pre = early;
        early = null;
        CompletableFuture<LibraryStore> library;
        if (readOnly) {
            library = CompletableFuture.supplyAsync(() -> {
                try {
                    return LibraryStore.openReadOnly(file);
                } catch (LibraryException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
        } else if (pre != null && pre.file().equals(file)) {
            library = pre.store();
        } else {
            if (pre != null) { // opened for another file than the one asked for: let it go
                pre.store().thenAccept(LibraryStore::close);
            }
            library = CompletableFuture.supplyAsync(() -> openLocked(file));
        }
        library.thenCombine(fonts, (s, n) -> s).whenComplete((s, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                spinner.setVisible(false);
                opening.getStyleClass().add("problem-text");
                opening.setText(cause instanceof LibraryException ? cause.getMessage()
                        : Messages.format("app.openFailed", file, cause.getMessage()));
                if (cause instanceof LibraryException le) {
                    offer(stage, geometry, file, fonts, spinner, opening, offers, le);
                }
                return;
            }
            showWindow(s, readOnly);
        }));
    }

    /** The main window on the open library replaces the placeholder. */
    private void showWindow(LibraryStore s, boolean readOnly) {
        store = s;
        background = Background.forFx();
        window = new MainWindow(stage, store, background, getHostServices(), KitEngine.installed(), settings(),
                geometry);
        window.setOnClosed(() -> {
            stage.hide();
            Platform.exit();
        });
        window.setOnLibraryChosen(this::switchTo);
        // Fonts for the first preview parse once the list shows: during start-up they would slow it down.
        window.setOnFirstListShown(() -> KitExporter.warmUp("zh-Hant"));
        window.show();
        if (readOnly) {
            stage.setTitle(stage.getTitle() + " — " + Messages.get("app.readOnly"));
        }
    }

    /** Opens the library with the lock against a second window held for the life of the process. */
    private static LibraryStore openLocked(Path file) {
        try {
            LibraryLock held = LibraryLock.acquire(file);
            try {
                LibraryStore opened = Libraries.open(file);
                lock = held;
                return opened;
            } catch (LibraryException e) {
                held.close();
                throw e;
            }
        } catch (LibraryException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private void offer(Stage stage, WindowGeometry geometry, Path file, CompletableFuture<Integer> fonts,
                       ProgressIndicator spinner, Label opening, HBox offers, LibraryException e) {
        switch (e.kind()) {
            case IN_USE, READ_ONLY -> {
                Button ro = new Button(Messages.get("app.openReadOnly"));
                ro.setId("openReadOnly");
                ro.setOnAction(a -> open(stage, geometry, file, fonts, spinner, opening, offers, true));
                offers.getChildren().add(ro);
            }
            case DAMAGED, NOT_A_LIBRARY -> Backups.list(file).stream().findFirst().ifPresent(backup -> {
                Button restore = new Button(Messages.format("app.restoreBackup", backup.getFileName()));
                restore.setId("restoreBackup");
                restore.setOnAction(a -> {
                    try {
                        // The damaged file is kept beside it, renamed, never deleted.
                        java.nio.file.Files.move(file, file.resolveSibling(file.getFileName() + ".damaged-"
                                + System.currentTimeMillis()));
                        java.nio.file.Files.copy(backup, file);
                        open(stage, geometry, file, fonts, spinner, opening, offers, false);
                    } catch (java.io.IOException ex) {
                        opening.setText(Messages.format("app.restoreFailed", backup, ex.getMessage()));
                    }
                });
                offers.getChildren().add(restore);
            });
            default -> {
            }
        }
    }

    @Override
    public void stop() {
        running = null;
        closeLibrary();
    }

    /** Lets the open library go: its background jobs, the library itself, then the lock against a second window. */
    private void closeLibrary() {
        if (background != null) {
            background.close();
            background = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
