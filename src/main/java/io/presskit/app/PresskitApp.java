package io.presskit.app;

import io.presskit.app.i18n.Messages;
import io.presskit.app.preview.KitEngine;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.service.Libraries;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop app. Start-up opens the library and loads the shipped fonts at the same time, off the FX
 * thread, while the window already shows; the main window replaces the placeholder once both are done.
 */
public class PresskitApp extends Application {
    private LibraryStore store;
    private Background background;

    public static void start(String[] args) {
        Application.launch(PresskitApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path file = Libraries.resolve(null, System.getenv());
        CompletableFuture<Integer> fonts = CompletableFuture.supplyAsync(Fonts::load);
        CompletableFuture<LibraryStore> library = CompletableFuture.supplyAsync(() -> {
            try {
                return Libraries.open(file);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label(Messages.format("app.opening", file));
        VBox placeholder = new VBox(12, spinner, opening);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("main-window");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(placeholder, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.setTitle(Messages.get("app.title"));
        stage.show();

        library.thenCombine(fonts, (s, n) -> s).whenComplete((s, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                opening.setText(Messages.format("app.openFailed", file, cause.getMessage()));
                opening.getStyleClass().add("problem-text");
                spinner.setVisible(false);
                return;
            }
            store = s;
            background = Background.forFx();
            MainWindow window = new MainWindow(stage, store, background, getHostServices(), KitEngine.installed());
            stage.setOnCloseRequest(e -> {
                e.consume();
                window.shutdown(() -> {
                    stage.hide();
                    Platform.exit();
                });
            });
            window.show();
        }));
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
