package io.presskit.app;

import io.presskit.Launcher;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The app as a desktop starts it ({@code presskit --db FILE}), in a JVM of its own that {@link ShutdownSignalTest}
 * sends SIGTERM to: once the window shows the sample, an edit is made in the headline and "edited" printed; the
 * autosave is held back (a long delay is set), so only the orderly shutdown can save it.
 */
public final class SignalWorker {
    private SignalWorker() {
    }

    public static void main(String[] args) {
        Thread editor = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(200);
                    String[] done = {null};
                    try {
                        Platform.runLater(() -> {
                            for (Window w : Window.getWindows()) {
                                if (w.getScene() != null && w.getScene().lookup("#headlineField") instanceof TextArea t
                                        && !t.getText().isEmpty() && !t.isDisabled()) {
                                    t.appendText(" SIGTERM");
                                    done[0] = t.getText();
                                }
                            }
                        });
                    } catch (IllegalStateException notYet) {
                        continue; // the toolkit is not started yet (a slow machine): ask again
                    }
                    Thread.sleep(300);
                    if (done[0] != null) {
                        System.out.println("edited " + done[0].replace('\n', '|'));
                        System.out.flush();
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // the process ends
            }
        }, "signal-worker-editor");
        editor.setDaemon(true);
        editor.start();
        Launcher.main(args);
    }
}
