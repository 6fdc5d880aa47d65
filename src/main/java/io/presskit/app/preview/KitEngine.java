package io.presskit.app.preview;

import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.model.Release;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The app's view of the PDF layout engine ({@code io.presskit.kit.KitExporter}, branch {@code kit}):
 * preview and export both go through it. A thin adapter so that the app compiles before the engine is
 * merged; {@link #installed()} answers the real engine once it is.
 */
public interface KitEngine {

    enum Paper { A4, LETTER }

    record Result(int pageCount, List<String> warnings) {
    }

    /** False while this build has no PDF engine: preview and export then say so instead of printing. */
    boolean available();

    /** Typesets the kit into {@code out}; throws {@link java.util.concurrent.CancellationException} when cancelled. */
    Result export(Release release, PhotoSource photos, Paper paper, Instant createdAt, OutputStream out,
                  Background.Progress progress) throws Exception;

    /** The engine of this build. */
    static KitEngine installed() {
        return KitEngines.INSTALLED;
    }
}
