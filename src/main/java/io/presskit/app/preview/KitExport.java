package io.presskit.app.preview;

import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.kit.KitFiles;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseSummary;
import io.presskit.service.LibraryPhotos;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Exporting the kit as a PDF file, exactly as {@code presskit export} does: the release as stored, dated by
 * its last edit (so the app's file and the command line's are the same bytes), refused while it is
 * incomplete, written beside the target and moved into place (no half-written file), with progress and cancel.
 */
public final class KitExport {
    private final Background background;
    private final KitEngine engine;
    private final LibraryStore store;

    public KitExport(Background background, KitEngine engine, LibraryStore store) {
        this.background = background;
        this.engine = engine;
        this.store = store;
    }

    /** {@code 2023-12-06 Headline words.pdf}: the dateline's date (else today) and the headline's first line. */
    public static String defaultFileName(Release r, LocalDate today) {
        LocalDate date = r.dateline() != null && r.dateline().date() != null ? r.dateline().date() : today;
        String h = r.headlineFirstLine().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (h.codePointCount(0, h.length()) > 60) {
            h = h.substring(0, h.offsetByCodePoints(0, 60)).strip();
        }
        return date + (h.isEmpty() ? "" : " " + h) + ".pdf";
    }

    /**
     * Exports release {@code id} once the saves still running have landed ({@code saving} says when), so that
     * the file shows what the editor shows.
     */
    public Background.Job<?> export(long id, KitEngine.Paper paper, Path target, BooleanSupplier saving,
                                    Consumer<KitEngine.Result> onDone, Consumer<Throwable> onFailed) {
        return background.run(Messages.format("task.exportPdf", target.getFileName()), progress -> {
            Release release = storedRelease(store, id, saving, progress, true);
            ReleaseSummary summary = store.releases().summary(id).orElseThrow();
            return KitFiles.write(target, out -> engine.export(release, LibraryPhotos.photoSource(store, release), paper,
                    summary.updatedAt(), out, progress));
        }, onDone, onFailed);
    }

    /**
     * Release {@code id} as stored once the saves still running have landed ({@code saving} says when), so that
     * every output shows what the editor shows. With {@code forIssue}, an incomplete release or a lost photo is
     * refused in one sentence: what is issued (PDF, email, photo pack, print) is complete. Call off the UI thread.
     */
    public static Release storedRelease(LibraryStore store, long id, BooleanSupplier saving, Background.Progress progress,
                                        boolean forIssue) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (saving.getAsBoolean() && System.currentTimeMillis() < deadline) {
            progress.checkCancelled();
            Thread.sleep(20);
        }
        Release release = store.releases().release(id).orElseThrow(() -> new LibraryException(
                Messages.format("export.gone", id)));
        if (forIssue) {
            List<Problem> problems = ReleaseRules.validate(release);
            if (!problems.isEmpty()) {
                throw new LibraryException(Messages.format("export.incomplete", problems.size()));
            }
            store.images().requireAll(release); // a lost photo is said, not left out
        }
        return release;
    }
}
