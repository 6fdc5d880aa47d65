package io.presskit.app.editor;

import io.presskit.app.i18n.ProblemTexts;
import javafx.beans.Observable;
import javafx.scene.control.Label;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The line under a field saying what is wrong with it, in the UI language: red when what was typed could not
 * be stored, amber when it is stored but needed before the release is issued. Hidden (and taking no room)
 * when the field is fine. Shown, not only on hover, so that nobody has to hunt for it.
 */
public final class FieldMessage extends Label {
    private final Supplier<List<FormProblem>> problems;

    public FieldMessage(String id, Supplier<List<FormProblem>> problems, Observable... changes) {
        this.problems = problems;
        setId(id);
        setWrapText(true);
        getStyleClass().add("field-message");
        for (Observable o : changes) {
            o.addListener(x -> update());
        }
        update();
    }

    public void update() {
        List<FormProblem> found = problems.get();
        setText(found.stream().map(p -> ProblemTexts.message(p.problem())).distinct().collect(Collectors.joining("\n")));
        boolean notStored = found.stream().anyMatch(FormProblem::notStored);
        getStyleClass().removeAll("not-stored", "incomplete");
        getStyleClass().add(notStored ? "not-stored" : "incomplete");
        setVisible(!found.isEmpty());
        setManaged(!found.isEmpty());
    }
}
