package io.presskit.app.preview;

import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.model.Release;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The app's view of the PDF layout engine ({@link io.presskit.kit.KitExporter}): preview and export both go
 * through it, with the app's paper and progress types, so that view models can be tested with a stand-in.
 */
public interface KitEngine {

    enum Paper { A4, LETTER }

    record Result(int pageCount, List<String> warnings) {
    }

    /** Typesets the kit into {@code out}; throws {@link java.util.concurrent.CancellationException} when cancelled. */
    Result export(Release release, PhotoSource photos, Paper paper, Instant createdAt, OutputStream out,
                  Background.Progress progress) throws Exception;

    static io.presskit.kit.PaperSize paperSize(Paper paper) {
        return paper == Paper.LETTER ? io.presskit.kit.PaperSize.LETTER : io.presskit.kit.PaperSize.A4;
    }

    /** The kit's progress reported as the app's job progress, and the job's cancel asked by the kit. */
    static io.presskit.kit.KitProgress kitProgress(Background.Progress progress) {
        return new io.presskit.kit.KitProgress() {
            @Override
            public void progress(double fraction) {
                progress.update(fraction, null);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /** The engine of this build. */
    static KitEngine installed() {
        return KitEngines.INSTALLED;
    }
}
