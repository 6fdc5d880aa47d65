package io.presskit.app.task;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one place that runs slow work (library calls, image decoding, PDF rendering, export) off the UI
 * thread, reports its progress and lets it be cancelled. Results, progress and failures are delivered on
 * the {@code ui} executor: {@code Platform::runLater} in the app, a direct executor in view-model tests,
 * so view models using it are testable without the FX toolkit.
 */
public final class Background implements AutoCloseable {

    /** Work that may report progress and should stop when {@link Progress#isCancelled()} turns true. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Given to running work: report a fraction done (0..1) and a message; ask whether to stop. */
    public interface Progress {
        /** For work run directly, where nobody watches and nothing cancels (the last save while closing). */
        Progress NONE = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        void update(double fraction, String message);

        boolean isCancelled();

        /** Throws {@link CancellationException} when cancelled: a convenient check point in loops. */
        default void checkCancelled() {
            if (isCancelled()) {
                throw new CancellationException();
            }
        }
    }

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Executor ui;
    private final Map<Object, ScheduledFuture<?>> debounced = new ConcurrentHashMap<>();
    private final ObservableList<Job<?>> running = FXCollections.observableArrayList();
    private final AtomicInteger inFlight = new AtomicInteger();

    public Background(Executor ui, int threads) {
        this.ui = ui;
        this.workers = Executors.newFixedThreadPool(threads, daemon("presskit-work"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("presskit-timer"));
    }

    /** For the app: results on the FX thread. */
    public static Background forFx() {
        return new Background(Platform::runLater, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The jobs running now (shown in the status bar); read and changed on the ui executor only. */
    public ObservableList<Job<?>> running() {
        return running;
    }

    /** Jobs submitted and not yet delivered: tests wait for this to reach zero. */
    public int inFlight() {
        return inFlight.get();
    }

    public Executor ui() {
        return ui;
    }

    /** Runs work in the background; {@code onDone} gets its result, {@code onFailed} its exception (not on cancel). */
    public <T> Job<T> run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed) {
        Job<T> job = new Job<>(title);
        if (workers.isShutdown()) {
            job.cancelled = true; // the app is closing: work asked for now is dropped, not crashed on
            return job;
        }
        inFlight.incrementAndGet();
        ui.execute(() -> running.add(job));
        workers.execute(() -> {
            T result = null;
            Throwable failure = null;
            if (!job.cancelled) {
                try {
                    result = work.run(job.progressReporter());
                } catch (Throwable t) {
                    failure = t;
                }
            }
            T r = result;
            Throwable f = failure;
            ui.execute(() -> {
                try {
                    running.remove(job);
                    job.done.set(true);
                    if (job.cancelled || f instanceof CancellationException) {
                        return;
                    }
                    if (f != null) {
                        job.error.set(f.getMessage() == null ? f.toString() : f.getMessage());
                        if (onFailed != null) {
                            onFailed.accept(f);
                        }
                    } else if (onDone != null) {
                        onDone.accept(r);
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        });
        return job;
    }

    /**
     * Runs {@code action} on the ui executor once {@code delayMillis} have passed without another call
     * under the same key: edits are saved and previews rendered a moment after typing stops.
     */
    public void debounce(Object key, long delayMillis, Runnable action) {
        if (timer.isShutdown()) {
            return; // closing: pending saves were flushed by the window's shutdown
        }
        inFlight.incrementAndGet();
        ScheduledFuture<?> next = timer.schedule(() -> ui.execute(() -> {
            try {
                action.run();
            } finally {
                inFlight.decrementAndGet();
            }
        }), delayMillis, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = debounced.put(key, next);
        if (previous != null && previous.cancel(false)) {
            inFlight.decrementAndGet();
        }
    }

    /** Drops a pending debounced action; true when there was one (the caller then runs it now). */
    public boolean cancelDebounce(Object key) {
        ScheduledFuture<?> previous = debounced.remove(key);
        if (previous != null && previous.cancel(false)) {
            inFlight.decrementAndGet();
            return true;
        }
        return false;
    }

    /** True when nothing is queued, running or waiting to be delivered. */
    public boolean isIdle() {
        return inFlight.get() == 0;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One piece of running work: its title, progress, message and a way to cancel it. */
    public final class Job<T> {
        private final ReadOnlyStringWrapper title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
        private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
        private volatile boolean cancelled;

        Job(String title) {
            this.title = new ReadOnlyStringWrapper(title);
        }

        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        public ReadOnlyStringProperty titleProperty() {
            return title.getReadOnlyProperty();
        }

        /** Fraction done, or -1 while unknown. */
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty doneProperty() {
            return done.getReadOnlyProperty();
        }

        Progress progressReporter() {
            return new Progress() {
                @Override
                public void update(double fraction, String text) {
                    ui.execute(() -> {
                        progress.set(fraction);
                        message.set(text == null ? "" : text);
                    });
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
        }
    }
}
