package io.presskit.app.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The release's one undo/redo history, a job stack as in Scene Builder: every change of the form (typing,
 * photos, highlights and paragraphs, contacts and "About" sections) is one job holding the form before and
 * after it. Typing in one field merges into one job until another field is touched or a pause; list changes
 * (add, remove, reorder) never merge. Undo and redo put a whole state back, so they cannot drift apart.
 * {@code S} is what a job holds: the form ({@link EditorState}), or the side-by-side editor's two versions.
 */
public final class EditHistory<S> {
    /** Typing pauses longer than this start a new undo step. */
    static final long MERGE_WINDOW_MS = 1500;
    private static final int LIMIT = 500;

    /**
     * One change of the form. {@code field} is the path of what changed ({@code headline}, {@code photos[2]},
     * {@code highlights}); {@code typing} jobs merge with the next typing in the same field.
     */
    public record Job<S>(String field, boolean typing, S before, S after, long at) {
    }

    private final Deque<Job<S>> undo = new ArrayDeque<>();
    private final Deque<Job<S>> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoField = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoField = new ReadOnlyStringWrapper("");
    private final java.util.function.LongSupplier clock;

    public EditHistory() {
        this(System::currentTimeMillis);
    }

    EditHistory(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    /** Records a change; typing right after typing in the same field extends the last job instead. */
    public void record(String field, boolean typing, S before, S after) {
        if (before.equals(after)) {
            return;
        }
        long now = clock.getAsLong();
        Job<S> last = undo.peek();
        if (typing && last != null && last.typing() && last.field().equals(field) && now - last.at() <= MERGE_WINDOW_MS
                && last.after().equals(before)) {
            undo.pop();
            undo.push(new Job<>(field, true, last.before(), after, now));
        } else {
            undo.push(new Job<>(field, typing, before, after, now));
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        changed();
    }

    /** Ends the current typing job, so the next keystroke starts a new undo step (focus moved, list changed). */
    public void seal() {
        Job<S> last = undo.peek();
        if (last != null && last.typing()) {
            undo.pop();
            undo.push(new Job<>(last.field(), false, last.before(), last.after(), last.at()));
        }
    }

    /** The job undone (its {@code before} is the state to put back), or null when there is none. */
    public Job<S> undo() {
        Job<S> j = undo.poll();
        if (j != null) {
            redo.push(j);
            changed();
        }
        return j;
    }

    /** The job redone (its {@code after} is the state to put back), or null when there is none. */
    public Job<S> redo() {
        Job<S> j = redo.poll();
        if (j != null) {
            undo.push(new Job<>(j.field(), false, j.before(), j.after(), j.at()));
            changed();
        }
        return j;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The field the next undo changes (for the menu's wording), "" when none. */
    public ReadOnlyStringProperty undoFieldProperty() {
        return undoField.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoFieldProperty() {
        return redoField.getReadOnlyProperty();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoField.set(undo.isEmpty() ? "" : undo.peek().field());
        redoField.set(redo.isEmpty() ? "" : redo.peek().field());
    }
}
