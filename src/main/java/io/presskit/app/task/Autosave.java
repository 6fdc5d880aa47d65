package io.presskit.app.task;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one autosave machine (the release editor and the shared directory both use it): a change schedules
 * a save a moment after edits stop; the save takes the state as it is then, runs off the UI thread, and
 * one save runs at a time (a change during a save is saved right after it). {@link #flush()} saves now
 * (switching records), {@link #takeFinal()} hands the last save to whoever closes the window.
 * Use on the UI thread.
 */
public final class Autosave {
    public enum State { NONE, PENDING, SAVING, SAVED, FAILED }

    /** One save: the work (off the UI thread) and what to do with its result or its failure (on the UI thread). */
    public record Step<R>(Background.Work<R> work, Consumer<R> onStored, Consumer<Throwable> onFailed) {
        public Step(Background.Work<R> work, Consumer<R> onStored) {
            this(work, onStored, e -> { });
        }
    }

    private final Background background;
    private final long delayMillis;
    private final String title;
    private final Object key = new Object();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Supplier<Step<?>> pending;
    private final java.util.Deque<Supplier<Step<?>>> queued = new java.util.ArrayDeque<>();
    private volatile boolean saving;
    private boolean again;

    public Autosave(Background background, long delayMillis, String title) {
        this.background = background;
        this.delayMillis = delayMillis;
        this.title = title;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last failure's sentence, "" after a save that worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Something changed: {@code next} makes the save of the state as it will be when the delay has passed. */
    public void changed(Supplier<Step<?>> next) {
        pending = next;
        state.set(State.PENDING);
        background.debounce(key, delayMillis, this::saveNow);
    }

    /**
     * Runs a one-off change (a status move) in turn with the saves: after the save running now, before the next
     * one, so that each starts from what the one before stored (the library checks versions).
     */
    public void enqueue(Supplier<Step<?>> step) {
        queued.add(step);
        if (!saving) {
            runQueued();
        }
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            Step<?> step = queued.poll().get();
            if (step != null) {
                run(step);
                return;
            }
        }
    }

    /** Nothing is owed any more (the state cannot be stored, or another record was loaded). */
    public void cancel() {
        background.cancelDebounce(key);
        pending = null;
        if (!saving) {
            state.set(State.NONE);
        }
    }

    /** Shows a loaded record as saved. */
    public void reset() {
        cancel();
        error.set("");
        state.set(State.SAVED);
    }

    /** Saves a pending change now instead of after the delay. */
    public void flush() {
        if (background.cancelDebounce(key) || (pending != null && !saving)) {
            saveNow();
        }
    }

    /** True while a save runs (any thread may ask). */
    public boolean isSaving() {
        return saving;
    }

    /** True when a change waits for its save or a save runs. */
    public boolean isOwed() {
        return pending != null || saving;
    }

    /**
     * For closing the window: the save still owed, as work to run to completion off the UI thread, or null
     * when nothing is owed. Call on the UI thread.
     */
    public Runnable takeFinal() {
        background.cancelDebounce(key);
        Supplier<Step<?>> next = pending;
        pending = null;
        if (next == null) {
            return null;
        }
        Step<?> step = next.get();
        if (step == null) {
            return null;
        }
        return () -> {
            try {
                step.work().run(Background.Progress.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }

    private void saveNow() {
        if (pending == null) {
            return;
        }
        if (saving) {
            again = true;
            return;
        }
        Step<?> step = pending.get();
        pending = null;
        if (step == null) {
            state.set(State.NONE);
            return;
        }
        run(step);
    }

    private <R> void run(Step<R> step) {
        saving = true;
        state.set(State.SAVING);
        background.run(title, step.work(), result -> {
            saving = false;
            error.set("");
            step.onStored().accept(result);
            finished();
        }, e -> {
            saving = false;
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
            state.set(State.FAILED);
            step.onFailed().accept(e);
            finished();
        });
    }

    private void finished() {
        if (!queued.isEmpty()) {
            runQueued();
            return;
        }
        if (again) {
            again = false;
            saveNow();
        }
        if (!saving) {
            if (pending != null) {
                state.set(State.PENDING);
            } else if (state.get() != State.FAILED) {
                state.set(State.SAVED);
            }
        }
    }
}
