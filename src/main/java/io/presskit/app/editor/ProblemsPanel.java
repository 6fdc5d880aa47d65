package io.presskit.app.editor;

import io.presskit.app.Ui;
import io.presskit.app.i18n.Messages;
import io.presskit.app.i18n.ProblemTexts;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/**
 * Every problem of the release in one list, named as the editor names its fields (Highlight 1, 圖四，說明):
 * first what could not be stored, then what the release needs before it is issued. Clicking one (or Enter)
 * goes to its field. The title counts them, so the panel can stay folded.
 */
public final class ProblemsPanel extends TitledPane {
    private final ListView<FormProblem> list;

    public ProblemsPanel(ReleaseEditorViewModel vm, Consumer<String> reveal) {
        setId("problemsPanel");
        getStyleClass().add("problems-panel");
        list = Ui.named(new ListView<>(vm.problems()), "problemsList", "problems.list");
        list.setPlaceholder(new Label(Messages.get("problems.none")));
        list.setPrefHeight(130);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FormProblem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("not-stored", "incomplete");
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                setText((p.notStored() ? Messages.get("problems.notStored") + " " : "")
                        + ProblemTexts.sentence(p.problem(), vm.problemContext()));
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().add(p.notStored() ? "not-stored" : "incomplete");
                setAccessibleText(getText());
            }
        });
        list.setOnMouseClicked(e -> go(reveal));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                go(reveal);
                e.consume();
            }
        });
        setContent(list);
        setExpanded(false);
        setAnimated(false);
        setMinHeight(Region.USE_PREF_SIZE); // unfolded, it takes its room from the tabs above, never the other way
        title(vm);
        vm.problems().addListener((ListChangeListener<FormProblem>) c -> title(vm));
    }

    private void go(Consumer<String> reveal) {
        FormProblem p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            reveal.accept(p.field());
        }
    }

    private void title(ReleaseEditorViewModel vm) {
        int n = vm.problems().size();
        long notStored = vm.problems().stream().filter(FormProblem::notStored).count();
        setText(n == 0 ? Messages.get("problems.titleNone") : Messages.format("problems.title", n));
        getStyleClass().removeAll("has-problems", "has-unstored");
        if (notStored > 0) {
            getStyleClass().add("has-unstored");
        } else if (n > 0) {
            getStyleClass().add("has-problems");
        }
    }

    /** Unfolds the panel and puts the focus in its list (F8, or after a refused export). */
    public void open() {
        setExpanded(true);
        list.requestFocus();
        if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    public ListView<FormProblem> list() {
        return list;
    }
}
