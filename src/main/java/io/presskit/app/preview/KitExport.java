package io.presskit.app.preview;

import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.model.Release;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes the kit to a temporary file beside {@code target} and moves it into place when complete. */
    public Background.Job<?> export(Release release, KitEngine.Paper paper, Path target,
                                    Consumer<KitEngine.Result> onDone, Consumer<Throwable> onFailed) {
        return background.run(Messages.format("task.exportPdf", target.getFileName()), progress -> {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".presskit-", ".pdf.part");
            try {
                KitEngine.Result result;
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    result = engine.export(release, photos, paper, Instant.now(), out, progress);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return result;
            } finally {
                Files.deleteIfExists(tmp);
            }
        }, onDone, onFailed);
    }
}
