package io.presskit.app.preview;

import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.model.Release;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The live preview: the kit as it will print, typeset by the kit engine a moment after edits stop, and the
 * page in view rendered with PDFBox in the background (other pages when they are turned to: a long kit costs
 * no more than a short one). A draft is previewed as it is, gaps and all; the page in view stays until its
 * new rendering is ready. The page fits the pane's width until the user zooms.
 */
public final class PreviewViewModel {
    public static final long REFRESH_DELAY_MS = 900;
    /** Rendering resolution: sharp at 100 % zoom on ordinary screens, cheap enough to redo often. */
    private static final float DPI = 110f;

    private final Background background;
    private final KitEngine engine;
    private final PhotoSource photos;
    private final Object refreshKey = new Object();

    public final ObjectProperty<Release> source = new SimpleObjectProperty<>();
    public final ObjectProperty<KitEngine.Paper> paper = new SimpleObjectProperty<>(KitEngine.Paper.A4);
    public final IntegerProperty page = new SimpleIntegerProperty(0);
    public final DoubleProperty zoom = new SimpleDoubleProperty(0.6);
    /** True while the page is scaled to the pane's width (the default); zooming turns it off. */
    public final BooleanProperty fitWidth = new SimpleBooleanProperty(true);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Image> currentPage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper shownPage = new ReadOnlyIntegerWrapper(0);
    /** The kit last typeset, and the pages of it rendered so far. */
    private byte[] pdf;
    private final Map<Integer, Image> rendered = new HashMap<>();
    private Background.Job<?> job;
    private Background.Job<?> pageJob;

    public PreviewViewModel(Background background, KitEngine engine, PhotoSource photos) {
        this.background = background;
        this.engine = engine;
        this.photos = photos;
        source.addListener((o, a, r) -> scheduleRefresh());
        paper.addListener((o, a, b) -> scheduleRefresh());
        page.addListener((o, a, b) -> showPage());
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page shown, 0-based. */
    public ReadOnlyIntegerProperty shownPageProperty() {
        return shownPage.getReadOnlyProperty();
    }

    /** "Page 2 of 8" / "第 2 頁，共 8 頁", in the UI language of the moment. */
    public String pageLabel() {
        return pageCount.get() == 0 ? "" : Messages.format("preview.page", shownPage.get() + 1, pageCount.get());
    }

    public void nextPage() {
        page.set(Math.min(page.get() + 1, Math.max(0, pageCount.get() - 1)));
    }

    public void previousPage() {
        page.set(Math.max(page.get() - 1, 0));
    }

    public void zoomIn() {
        fitWidth.set(false);
        zoom.set(Math.min(3.0, zoom.get() * 1.25));
    }

    public void zoomOut() {
        fitWidth.set(false);
        zoom.set(Math.max(0.2, zoom.get() / 1.25));
    }

    public void fitToWidth() {
        fitWidth.set(true);
    }

    public String zoomText() {
        return Math.round(zoom.get() * 100) + " %";
    }

    /** Shows the page asked for: at once when it is rendered, else once it is (the last one stays meanwhile). */
    private void showPage() {
        int n = pageCount.get();
        int p = Math.min(page.get(), Math.max(0, n - 1));
        shownPage.set(p);
        Image ready = rendered.get(p);
        if (ready != null || n == 0) {
            currentPage.set(ready);
            return;
        }
        byte[] doc = pdf;
        if (pageJob != null) {
            pageJob.cancel();
        }
        rendering.set(true);
        Background.Job<?>[] mine = new Background.Job<?>[1];
        mine[0] = background.run(Messages.get("task.preview"), progress -> render(doc, p), img -> {
            if (pageJob == mine[0] && doc == pdf) {
                rendered.put(p, img);
                rendering.set(job != null && !job.doneProperty().get());
                if (shownPage.get() == p) {
                    currentPage.set(img);
                }
            }
        }, e -> rendering.set(false));
        pageJob = mine[0];
    }

    private static Image render(byte[] doc, int page) throws Exception {
        try (PDDocument d = Loader.loadPDF(doc)) {
            return toFx(new PDFRenderer(d).renderImageWithDPI(page, DPI, ImageType.RGB));
        }
    }

    private void scheduleRefresh() {
        background.debounce(refreshKey, REFRESH_DELAY_MS, this::refreshNow);
    }

    /** Typesets now, and renders the page in view (the view calls this once when it first shows). */
    public void refreshNow() {
        Release r = printable(source.get());
        if (r == null) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        KitEngine.Paper size = paper.get();
        int wanted = page.get();
        rendering.set(true);
        Background.Job<?>[] mine = new Background.Job<?>[1];
        mine[0] = background.run(Messages.get("task.preview"), progress -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            KitEngine.Result result = engine.export(r, photos, size, Instant.EPOCH, out, new Background.Progress() {
                @Override
                public void update(double fraction, String message) {
                    progress.update(fraction * 0.8, message);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            progress.checkCancelled();
            byte[] doc = out.toByteArray();
            int shown = Math.min(wanted, Math.max(0, result.pageCount() - 1));
            return new Typeset(doc, result, shown, result.pageCount() == 0 ? null : render(doc, shown));
        }, t -> {
            if (job != mine[0]) {
                return;
            }
            pdf = t.pdf();
            rendered.clear();
            if (t.image() != null) {
                rendered.put(t.page(), t.image());
            }
            warnings.setAll(t.result().warnings());
            status.set("");
            pageCount.set(t.result().pageCount());
            rendering.set(false);
            showPage();
        }, e -> {
            if (job == mine[0]) {
                rendering.set(false);
                status.set(Messages.format("preview.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
        job = mine[0];
    }

    private record Typeset(byte[] pdf, KitEngine.Result result, int page, Image image) {
    }

    /**
     * A draft as the kit can set it: a dateline whose date is not written yet is left out until it is (the
     * kit prints the place and date together). Everything else is previewed as it is.
     */
    static Release printable(Release r) {
        if (r == null || r.dateline() == null || r.dateline().date() != null) {
            return r;
        }
        return new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), null, r.body(), r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(),
                r.contacts());
    }

    /** BufferedImage to a JavaFX image through a PixelWriter: no javafx-swing needed. */
    static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
