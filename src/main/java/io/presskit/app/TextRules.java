package io.presskit.app;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.UnaryOperator;

/**
 * What text boxes accept, so that whatever is typed or pasted can be stored: no release text needs a tab, so
 * Tab moves focus in every box (Shift+Tab back) and a pasted tab becomes a space; other control characters are
 * dropped; boxes for one paragraph (sub-headline, highlights, captions) turn line breaks into spaces and
 * ignore Enter.
 */
public final class TextRules {
    private TextRules() {
    }

    /** A box for several paragraphs (headline, body): line breaks kept, tabs and control characters not. */
    public static <T extends TextInputControl> T paragraphs(T box) {
        box.setTextFormatter(new TextFormatter<String>(filter(false)));
        if (box instanceof TextArea area) {
            tabMovesFocus(area);
        }
        return box;
    }

    /** A box for one paragraph: Enter does nothing, a pasted line break becomes a space. */
    public static <T extends TextInputControl> T oneParagraph(T box) {
        box.setTextFormatter(new TextFormatter<String>(filter(true)));
        if (box instanceof TextArea area) {
            tabMovesFocus(area);
            area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                }
            });
        }
        return box;
    }

    /** A one-line field: only its control characters need cleaning (JavaFX already keeps line breaks out). */
    public static <T extends TextInputControl> T line(T box) {
        box.setTextFormatter(new TextFormatter<String>(filter(true)));
        return box;
    }

    /** Tab and Shift+Tab move focus instead of typing a tab (a text area's own focus keys are Ctrl+Tab). */
    static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(),
                        true, false, false));
            }
        });
    }

    /** Cleans inserted text: tabs and (for one paragraph) line breaks become spaces, other controls go. */
    static String clean(String text, boolean oneParagraph) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue; // CRLF is one line break
                }
                c = '\n';
            }
            if (c == '\n') {
                out.append(oneParagraph ? ' ' : '\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
                out.append(c == '\u2028' || c == '\u2029' ? (oneParagraph ? " " : "\n") : "");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static UnaryOperator<TextFormatter.Change> filter(boolean oneParagraph) {
        return change -> {
            if (change.isContentChange() && !change.getText().isEmpty()) {
                String cleaned = clean(change.getText(), oneParagraph);
                if (!cleaned.equals(change.getText())) {
                    int caret = change.getRangeStart() + cleaned.length();
                    change.setText(cleaned);
                    change.selectRange(caret, caret);
                }
            }
            return change;
        };
    }
}
