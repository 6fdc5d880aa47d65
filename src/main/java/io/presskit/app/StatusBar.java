package io.presskit.app;

import io.presskit.app.editor.FormProblem;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Autosave;
import io.presskit.app.task.Background;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Save state on the left (saved, saving, or what could not be stored), messages in the middle, and the
 * longest-running job on the right with its progress and a cancel button.
 */
public final class StatusBar extends HBox {
    private final Label jobLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel;
    private Background.Job<?> shown;

    public StatusBar(Background background, ReleaseEditorViewModel editor, Node messages) {
        getStyleClass().add("status-bar");
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));
        setAlignment(Pos.CENTER_LEFT);
        Label save = Ui.named(new Label(), "saveState", "status.save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        Runnable showSave = () -> {
            save.getStyleClass().removeAll("save-invalid", "save-failed");
            long unstored = editor.problems().stream().filter(p -> p.kind() == FormProblem.Kind.UNREADABLE).count();
            Autosave.State s = editor.saveStateProperty().get();
            if (editor.releaseIdProperty().get() != null && !editor.storableProperty().get()) {
                save.setText(Messages.get("save.refused"));
                save.getStyleClass().add("save-failed");
            } else if (s == Autosave.State.FAILED) {
                save.setText(Messages.get("save.failed"));
                save.getStyleClass().add("save-failed");
            } else if (unstored > 0 && s != Autosave.State.NONE) {
                save.setText(Messages.format("save.savedExcept", unstored));
                save.getStyleClass().add("save-invalid");
            } else {
                save.setText(Messages.get("save." + s.name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
        editor.saveStateProperty().addListener((o, a, b) -> showSave.run());
        editor.storableProperty().addListener((o, a, b) -> showSave.run());
        editor.problems().addListener((ListChangeListener<FormProblem>) c -> showSave.run());
        showSave.run();
        Label error = new Label();
        error.getStyleClass().add("problem-text");
        error.textProperty().bind(Bindings.when(editor.saveStateProperty().isEqualTo(Autosave.State.FAILED))
                .then(editor.lastErrorProperty()).otherwise(""));
        cancel = Ui.button("cancelJob", "action.cancel", "Escape", () -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        cancel.getStyleClass().add("small");
        progress.setPrefWidth(140);
        jobLabel.setId("jobLabel");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(save, error, messages, grow, jobLabel, progress, cancel);
        background.running().addListener((ListChangeListener<Background.Job<?>>) c -> show(background));
        show(background);
    }

    private void show(Background background) {
        // short jobs (saves, searches) are not worth flashing; show long ones: those with progress
        Background.Job<?> job = background.running().stream()
                .filter(j -> !j.titleProperty().get().equals(Messages.get("task.save"))
                        && !j.titleProperty().get().equals(Messages.get("task.search"))
                        && !j.titleProperty().get().equals(Messages.get("task.thumbnail"))
                        && !j.titleProperty().get().equals(Messages.get("task.load"))
                        && !j.titleProperty().get().equals(Messages.get("task.settings"))
                        && !j.titleProperty().get().equals(Messages.get("task.preview")))
                .findFirst().orElse(null);
        shown = job;
        boolean visible = job != null;
        jobLabel.setVisible(visible);
        progress.setVisible(visible);
        cancel.setVisible(visible);
        if (visible) {
            jobLabel.textProperty().bind(job.titleProperty());
            progress.progressProperty().bind(job.progressProperty());
        } else {
            jobLabel.textProperty().unbind();
            progress.progressProperty().unbind();
        }
    }
}
