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

    /**
     * Typesets language versions of one release into one kit, one after another in the order given, pages
     * numbered over the whole kit or per version. One version is {@link #export} itself; an engine that cannot
     * typeset several (a test's stand-in) says so.
     */
    default Result export(List<Release> versions, PhotoSource photos, Paper paper,
                          io.presskit.kit.document.KitDocument.PageNumbering numbering, Instant createdAt,
                          OutputStream out, Background.Progress progress) throws Exception {
        if (versions.size() == 1) {
            return export(versions.get(0), photos, paper, createdAt, out, progress);
        }
        throw new UnsupportedOperationException("this kit engine typesets one language version at a time");
    }

    /**
     * This engine with the house letterhead logo on every kit (a logo that cannot be printed becomes a warning of
     * the result); an engine that draws no letterhead (a test's stand-in) is returned as it is.
     */
    default KitEngine withLogo(HouseLogo logo) {
        return this;
    }

    /** The engine of this build, without a logo. */
    static KitEngine installed() {
        return KitEngines.installed(HouseLogo.NONE);
    }
}
