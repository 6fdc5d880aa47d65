package io.presskit.app.team;

import io.presskit.app.Dialogs;
import io.presskit.app.i18n.Messages;
import io.presskit.library.VersionedRelease;
import io.presskit.model.Release;
import io.presskit.model.TextDiff;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Someone else saved the release while it was being edited here: their copy and mine side by side, part by
 * part, the differences marked, and the officer's answer — keep theirs, keep mine (saved over theirs), or take
 * each part from one side. Closing the dialog answers nothing: the next save meets the same question.
 */
public final class ConflictDialog {
    /** What the officer chose. */
    public sealed interface Answer {
    }

    public record KeepTheirs() implements Answer {
    }

    public record KeepMine() implements Answer {
    }

    /** Their copy with {@code fromMine}'s parts taken from mine. */
    public record Combine(Set<String> fromMine) implements Answer {
    }

    private ConflictDialog() {
    }

    /**
     * Shows the dialog and waits for the answer; {@code who} and {@code when} say whose save came first. Each part
     * starts on the side that changed it: mine where I changed it since {@code base} (the copy I read), else theirs.
     */
    public static Optional<Answer> ask(Window owner, VersionedRelease theirs, Release mine, Release base, String who,
                                       String when) {
        Dialog<Answer> d = Dialogs.prepare(new Dialog<>(), owner, Messages.get("team.conflict.title"));
        d.getDialogPane().setId("conflictDialog");
        d.setHeaderText(Messages.format("team.conflict.header", who, when));
        ButtonType keepTheirs = new ButtonType(Messages.get("team.conflict.keepTheirs"), ButtonBar.ButtonData.LEFT);
        ButtonType keepMine = new ButtonType(Messages.get("team.conflict.keepMine"), ButtonBar.ButtonData.OTHER);
        ButtonType combine = new ButtonType(Messages.get("team.conflict.combine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("team.conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(keepTheirs, keepMine, combine, later);
        d.getDialogPane().lookupButton(keepTheirs).setId("conflictKeepTheirs");
        d.getDialogPane().lookupButton(keepMine).setId("conflictKeepMine");
        d.getDialogPane().lookupButton(combine).setId("conflictCombine");
        d.getDialogPane().lookupButton(later).setId("conflictLater");

        GridPane g = DiffText.sideBySide(300, 380);
        g.addRow(0, new Label(""), heading(Messages.format("team.conflict.theirs", who)),
                heading(Messages.get("team.conflict.mine")));
        Map<String, String> a = ReleaseParts.texts(theirs.release());
        Map<String, String> b = ReleaseParts.texts(mine);
        Map<String, String> read = base == null ? b : ReleaseParts.texts(base);
        Map<String, ToggleGroup> choices = new LinkedHashMap<>();
        int row = 1;
        for (String part : ReleaseParts.differing(theirs.release(), mine)) {
            TextDiff diff = TextDiff.between(a.get(part), b.get(part));
            ToggleGroup take = new ToggleGroup();
            RadioButton fromTheirs = new RadioButton(Messages.get("team.conflict.takeTheirs"));
            fromTheirs.setId("take-theirs-" + part);
            fromTheirs.setToggleGroup(take);
            fromTheirs.setUserData(false);
            RadioButton fromMine = new RadioButton(Messages.get("team.conflict.takeMine"));
            fromMine.setId("take-mine-" + part);
            fromMine.setToggleGroup(take);
            fromMine.setUserData(true);
            boolean changedHere = !java.util.Objects.equals(read.get(part), b.get(part));
            (changedHere ? fromMine : fromTheirs).setSelected(true);
            choices.put(part, take);
            Label partName = new Label(FieldNames.of(part));
            partName.getStyleClass().add("section-title");
            g.add(partName, 0, row);
            g.add(new VBox(4, DiffText.framed(DiffText.side(diff, false), "conflict-theirs-" + part), fromTheirs), 1, row);
            g.add(new VBox(4, DiffText.framed(DiffText.side(diff, true), "conflict-mine-" + part), fromMine), 2, row);
            row++;
        }
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(900);
        Label nothingLost = new Label(Messages.get("team.conflict.nothingLost"));
        nothingLost.setWrapText(true);
        nothingLost.getStyleClass().add("hint");
        d.getDialogPane().setContent(new VBox(8, scroll, nothingLost));
        d.setResultConverter(bt -> {
            if (bt == keepTheirs) {
                return new KeepTheirs();
            }
            if (bt == keepMine) {
                return new KeepMine();
            }
            if (bt == combine) {
                Set<String> fromMine = new LinkedHashSet<>();
                choices.forEach((part, group) -> {
                    if (group.getSelectedToggle() != null && Boolean.TRUE.equals(group.getSelectedToggle().getUserData())) {
                        fromMine.add(part);
                    }
                });
                return new Combine(fromMine);
            }
            return null;
        });
        return d.showAndWait();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
