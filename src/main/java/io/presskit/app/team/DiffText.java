package io.presskit.app.team;

import io.presskit.model.TextDiff;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One side of a {@link TextDiff} as text with the differences marked: the older (or their) side shows what was
 * removed struck through on red, the newer (or my) side what was added on green; kept text is plain.
 */
public final class DiffText {
    private DiffText() {
    }

    /** The text before ({@code after == false}) or after the change, with its side's changes marked. */
    public static TextFlow side(TextDiff diff, boolean after) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-text");
        for (TextDiff.Run r : diff.runs()) {
            if (r.op() == TextDiff.Op.KEPT) {
                flow.getChildren().add(text(r.text(), "diff-kept"));
            } else if (r.op() == (after ? TextDiff.Op.ADDED : TextDiff.Op.REMOVED)) {
                flow.getChildren().add(text(r.text(), after ? "diff-added" : "diff-removed"));
            }
        }
        return flow;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().addAll("diff-run", style);
        // marked by more than colour: struck through when removed, underlined when added
        t.setStrikethrough(style.equals("diff-removed"));
        t.setUnderline(style.equals("diff-added"));
        return t;
    }
}
