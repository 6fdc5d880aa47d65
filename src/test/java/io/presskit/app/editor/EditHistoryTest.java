package io.presskit.app.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {
    private long now;

    private static EditorState headline(String h) {
        return new EditorState("en-US", "", "", false, "", "", "", h, "", List.of(), "", "", "", "", "", List.of(),
                List.of(), List.of());
    }

    @Test
    void typingInOneFieldIsOneStepUntilAPauseOrAnotherField() {
        EditHistory<EditorState> h = new EditHistory<>(() -> now);
        h.record("headline", true, headline(""), headline("R"));
        now += 300;
        h.record("headline", true, headline("R"), headline("Ro"));
        now += 300;
        h.record("headline", true, headline("Ro"), headline("Rob"));
        now += EditHistory.MERGE_WINDOW_MS + 1;
        h.record("headline", true, headline("Rob"), headline("Robots"));
        assertEquals(headline("Rob"), h.undo().before());
        assertEquals(headline(""), h.undo().before());
        assertNull(h.undo());
        assertEquals(headline("Rob"), h.redo().after());
        assertTrue(h.canRedoProperty().get());
        h.record("body", true, headline("Rob"), headline("Rob!"));
        assertFalse(h.canRedoProperty().get(), "a new change drops what could be redone");
    }

    @Test
    void listChangesNeverMerge() {
        EditHistory<EditorState> h = new EditHistory<>(() -> now);
        h.record("photos", false, headline("a"), headline("b"));
        h.record("photos", false, headline("b"), headline("c"));
        assertEquals(headline("b"), h.undo().before());
        assertEquals("photos", h.undoFieldProperty().get());
    }
}
