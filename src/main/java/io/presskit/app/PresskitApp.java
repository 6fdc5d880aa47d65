package io.presskit.app;

import io.presskit.app.i18n.Messages;
import io.presskit.app.preview.KitEngine;
import io.presskit.app.settings.Settings;
import io.presskit.app.task.Background;
import io.presskit.kit.KitExporter;
import io.presskit.library.Backups;
import io.presskit.library.LibraryException;
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
        Path file = Libraries.resolve(db, System.getenv());
        early = new EarlyOpen(file, CompletableFuture.supplyAsync(() -> openLocked(file)));
        ShutdownSignals.install(PresskitApp::terminate);
        Application.launch(PresskitApp.class, db == null ? new String[0] : new String[]{"--db=" + db});
        System.exit(0);
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
        // --db=FILE (as on the command line) picks the library; else PRESSKIT_DB, else the default one.
        Path file = Libraries.resolve(getParameters().getNamed().get("db"), System.getenv());
        CompletableFuture<Integer> fonts = CompletableFuture.supplyAsync(Fonts::load);
        if (System.getenv("PRESSKIT_TIMING") != null) {
            long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.log(System.Logger.Level.INFO, "FX start " + (System.currentTimeMillis() - start) + " ms after JVM start");
            fonts.thenRun(() -> LOG.log(System.Logger.Level.INFO, "fonts loaded " + (System.currentTimeMillis() - start) + " ms"));
        }
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label(Messages.format("app.opening", file));
        opening.setWrapText(true);
        opening.setMaxWidth(640);
        HBox offers = new HBox(8);
        offers.setAlignment(Pos.CENTER);
        VBox placeholder = new VBox(12, spinner, opening, offers);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("main-window");
        WindowGeometry geometry = new WindowGeometry(stage);
        geometry.place(settings.window());
        stage.setScene(new Scene(placeholder));
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        open(stage, geometry, file, fonts, spinner, opening, offers, false);
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
            store = s;
            background = Background.forFx();
            window = new MainWindow(stage, store, background, getHostServices(), KitEngine.installed(), settings(),
                    geometry);
            window.setOnClosed(() -> {
                stage.hide();
                Platform.exit();
            });
            // Fonts for the first preview parse once the list shows: during start-up they would slow it down.
            window.setOnFirstListShown(() -> KitExporter.warmUp("zh-Hant"));
            window.show();
            if (readOnly) {
                stage.setTitle(stage.getTitle() + " — " + Messages.get("app.readOnly"));
            }
        }));
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
        if (background != null) {
            background.close();
        }
        if (store != null) {
            store.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
