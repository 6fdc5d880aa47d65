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
        waitForSaves(saving, progress);
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

    /**
     * Exports language versions of one release ({@code ids}, in that order) as {@code presskit export --languages
     * … --page-numbers … [--split]} does: one kit with the versions one after another, dated by the latest edit
     * of any of them, or with {@code split} one kit a version beside {@code target} ({@link KitFiles#beside}).
     * Every version must be complete. The result is the files written, in order, and the pages of all of them.
     */
    public Background.Job<?> exportVersions(List<Long> ids, KitEngine.Paper paper,
                                            io.presskit.kit.document.KitDocument.PageNumbering numbering, boolean split,
                                            Path target, BooleanSupplier saving, Consumer<Exported> onDone,
                                            Consumer<Throwable> onFailed) {
        return background.run(Messages.format("task.exportPdf", target.getFileName()), progress -> {
            waitForSaves(saving, progress);
            List<Release> versions = new java.util.ArrayList<>();
            java.time.Instant edited = java.time.Instant.EPOCH;
            for (long id : ids) {
                Release release = store.releases().release(id).orElseThrow(() -> new LibraryException(
                        Messages.format("export.gone", id)));
                List<Problem> problems = ReleaseRules.validate(release);
                if (!problems.isEmpty()) {
                    throw new LibraryException(Messages.format("versions.export.incomplete",
                            io.presskit.app.i18n.LanguageNames.of(release.language()), problems.size()));
                }
                store.images().requireAll(release);
                java.time.Instant at = store.releases().summary(id).orElseThrow().updatedAt();
                edited = at.isAfter(edited) ? at : edited;
                versions.add(release);
            }
            java.time.Instant createdAt = edited;
            var photos = LibraryPhotos.photoSource(store, versions.get(0));
            if (!split) {
                KitEngine.Result r = KitFiles.write(target, out -> engine.export(versions, photos, paper, numbering,
                        createdAt, out, progress));
                return new Exported(List.of(target), r.pageCount(), r.warnings());
            }
            List<Path> files = new java.util.ArrayList<>();
            List<String> warnings = new java.util.ArrayList<>();
            int pages = 0;
            for (Release r : versions) {
                Path one = KitFiles.beside(target, r.language());
                KitEngine.Result result = KitFiles.write(one, out -> engine.export(List.of(r), photos, paper, numbering,
                        createdAt, out, progress));
                files.add(one);
                pages += result.pageCount();
                warnings.addAll(result.warnings());
            }
            return new Exported(files, pages, warnings);
        }, onDone, onFailed);
    }

    /** Waits (at most half a minute) until the editor's saves still running have landed. */
    private static void waitForSaves(BooleanSupplier saving, Background.Progress progress) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (saving.getAsBoolean() && System.currentTimeMillis() < deadline) {
            progress.checkCancelled();
            Thread.sleep(20);
        }
    }

    /** What an export of versions wrote: the files in order, their pages together, the warnings. */
    public record Exported(List<Path> files, int pageCount, List<String> warnings) {
        public Exported {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }
}
