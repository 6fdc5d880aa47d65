package io.presskit.kit;

import io.presskit.image.PhotoRendition;
import io.presskit.image.PhotoSource;
import io.presskit.kit.document.KitDocument;
import io.presskit.kit.document.KitImage;
import io.presskit.kit.document.ReleaseDocument;
import io.presskit.kit.font.KitFonts;
import io.presskit.kit.layout.LayoutConfig;
import io.presskit.kit.layout.PagedKit;
import io.presskit.kit.layout.Paginator;
import io.presskit.kit.pdf.KitPainter;
import io.presskit.model.Photo;
import io.presskit.model.Release;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The press kit of a release, in one direction: the release becomes a document of semantic blocks
 * ({@link ReleaseDocument}), the blocks are laid out on pages ({@link Paginator}), the pages are drawn and
 * tagged ({@link KitPainter}): a tagged PDF/A-2a and PDF/UA-1 file. The app and the command line call
 * only this class.
 */
public final class KitExporter {
    private static volatile KitExporter shared;

    private final KitFonts fonts;

    private KitExporter(KitFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Starts parsing the fonts (and loading the line-break rules) in the background, so that a command or
     * a window can do its own start-up meanwhile; {@link #shared()} then waits only for what is left.
     */
    public static void warmUp(String languageTag) {
        Thread fonts = new Thread(KitExporter::shared, "presskit-kit-warm-up");
        fonts.setDaemon(true);
        fonts.start();
        // Meanwhile the rest a first export loads: the line-break rules and the sRGB profile.
        Thread rest = new Thread(() -> {
            com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.forLanguageTag(languageTag));
            KitPainter.warmUp();
        }, "presskit-kit-warm-up-2");
        rest.setDaemon(true);
        rest.start();
    }

    /** The exporter of this process: the fonts are parsed once and reused by every export. */
    public static KitExporter shared() {
        KitExporter e = shared;
        if (e == null) {
            synchronized (KitExporter.class) {
                if (shared == null) {
                    shared = new KitExporter(KitFonts.shared());
                }
                e = shared;
            }
        }
        return e;
    }

    /**
     * Typesets {@code release} into {@code out}: a draft too (blank parts are left out; refusing an
     * incomplete release is the caller's). Exports are serialised (the parsed fonts are shared); throws
     * {@link CancellationException} when {@code progress} asks to stop.
     */
    public KitResult export(Release release, PhotoSource photos, KitOptions options, OutputStream out,
                            KitProgress progress) throws IOException {
        return export(List.of(release), photos, options, out, progress);
    }

    /**
     * Typesets language versions of one release into one kit, one after another in the order given, each from a
     * new page with its own words, slug line and bookmark (its sections beneath), its text tagged with its
     * language. A photo the versions share is read and embedded once.
     */
    public synchronized KitResult export(List<Release> versions, PhotoSource photos, KitOptions options, OutputStream out,
                                         KitProgress progress) throws IOException {
        Map<String, KitImage> bySha = new HashMap<>();
        int steps = (int) versions.stream().flatMap(r -> r.photos().stream()).map(Photo::sha256).distinct().count() + 3;
        List<ReleaseDocument.Version> parts = new ArrayList<>();
        for (Release release : versions) {
            List<KitImage> images = new ArrayList<>();
            for (Photo p : release.photos()) {
                check(progress);
                KitImage image = bySha.get(p.sha256() + "/" + p.orientation());
                if (image == null) {
                    PhotoRendition r = photos.rendition(p);
                    // The rendition keeps the original's stored pixels; the photo's orientation turns them.
                    image = new KitImage(p.fileName(), r.mediaType(), r.width(), r.height(), p.orientation(), r.bytes());
                    bySha.put(p.sha256() + "/" + p.orientation(), image);
                    progress.progress((double) bySha.size() / steps);
                }
                images.add(image);
            }
            parts.add(new ReleaseDocument.Version(release, images));
        }
        KitDocument document = ReleaseDocument.of(parts, options.logo() == null ? null : options.logo().image(),
                options.numbering());
        LayoutConfig config = LayoutConfig.standard(options.paper().width(), options.paper().height());
        PagedKit laid = Paginator.paginate(document, config, fonts);
        check(progress);
        int total = laid.pages().size();
        int read = bySha.size();
        String contentKey = versions.size() == 1 ? versions.get(0).toString() : versions + "\n" + options.numbering();
        KitPainter.paint(document, laid, options.paper().width(), options.paper().height(), options.createdAt(),
                contentKey + "\n" + options.paper() + "\n" + (options.logo() != null), out, page -> {
                    check(progress);
                    progress.progress((read + 2.0 * (page + 1) / total) / steps);
                });
        progress.progress(1);
        List<String> warnings = new ArrayList<>(laid.warnings());
        warnings.addAll(document.warnings());
        return new KitResult(total, warnings);
    }

    private static void check(KitProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("the export was cancelled");
        }
    }
}
