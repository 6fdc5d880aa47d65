package io.presskit.app.preview;

import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.kit.KitFiles;
import io.presskit.model.Release;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Exporting the kit as a PDF file: a sensible default name, progress, cancel, no half-written file. */
public final class KitExport {
    private final Background background;
    private final KitEngine engine;
    private final PhotoSource photos;

    public KitExport(Background background, KitEngine engine, PhotoSource photos) {
        this.background = background;
        this.engine = engine;
        this.photos = photos;
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

    /** Writes the kit beside {@code target} and moves it into place when complete (one writer with the CLI). */
    public Background.Job<?> export(Release release, KitEngine.Paper paper, Path target,
                                    Consumer<KitEngine.Result> onDone, Consumer<Throwable> onFailed) {
        return background.run(Messages.format("task.exportPdf", target.getFileName()), progress -> KitFiles.write(target,
                out -> engine.export(release, photos, paper, Instant.now(), out, progress)), onDone, onFailed);
    }
}
