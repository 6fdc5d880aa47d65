package io.presskit.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop app. */
public class PresskitApp extends Application {

    public static void start(String[] args) {
        Application.launch(PresskitApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Presskit");
        stage.setScene(new Scene(new BorderPane(), 1200, 800));
        stage.show();
    }
}
