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

    /**
     * A grid for two texts side by side: a column of field names, then the two sides, growing alike. The same
     * layout for a conflict (theirs, mine) and a comparison of revisions (older, newer).
     */
    public static javafx.scene.layout.GridPane sideBySide(double minSide, double prefSide) {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.setPadding(new javafx.geometry.Insets(8));
        javafx.scene.layout.ColumnConstraints side = new javafx.scene.layout.ColumnConstraints(minSide, prefSide,
                Double.MAX_VALUE);
        side.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), side, side);
        return g;
    }

    /** A side's text in its frame; {@code id} names it for tests. */
    static javafx.scene.layout.HBox framed(javafx.scene.Node content, String id) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(content);
        box.setId(id);
        box.getStyleClass().add("diff-box");
        javafx.scene.layout.HBox.setHgrow(content, javafx.scene.layout.Priority.ALWAYS);
        return box;
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
