package io.presskit.app.preview;

import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.model.Release;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The live preview: the kit as it will print, typeset by the kit engine and rendered page by page with
 * PDFBox in the background, a moment after edits stop. Zoom scales the rendered pages.
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
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Image> currentPage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private Background.Job<?> job;

    public PreviewViewModel(Background background, KitEngine engine, PhotoSource photos) {
        this.background = background;
        this.engine = engine;
        this.photos = photos;
        source.addListener((o, a, r) -> scheduleRefresh());
        paper.addListener((o, a, b) -> scheduleRefresh());
        page.addListener((o, a, b) -> showPage());
        pages.addListener((javafx.collections.ListChangeListener<Image>) c -> showPage());
    }

    public ObservableList<Image> pages() {
        return pages;
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

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public void nextPage() {
        page.set(Math.min(page.get() + 1, Math.max(0, pages.size() - 1)));
    }

    public void previousPage() {
        page.set(Math.max(page.get() - 1, 0));
    }

    public void zoomIn() {
        zoom.set(Math.min(3.0, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(0.2, zoom.get() / 1.25));
    }

    public String zoomText() {
        return Math.round(zoom.get() * 100) + " %";
    }

    private void showPage() {
        int n = pages.size();
        int p = Math.min(page.get(), Math.max(0, n - 1));
        currentPage.set(n == 0 ? null : pages.get(p));
        pageLabel.set(n == 0 ? "" : Messages.format("preview.page", p + 1, n));
    }

    private void scheduleRefresh() {
        background.debounce(refreshKey, REFRESH_DELAY_MS, this::refreshNow);
    }

    /** Renders now (the view calls this once when it first shows). */
    public void refreshNow() {
        Release r = source.get();
        if (r == null) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        KitEngine.Paper size = paper.get();
        rendering.set(true);
        status.set(Messages.get("preview.rendering"));
        Background.Job<?>[] mine = new Background.Job<?>[1];
        mine[0] = background.run(Messages.get("task.preview"), progress -> {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            KitEngine.Result result = engine.export(r, photos, size, Instant.now(), pdf, new Background.Progress() {
                @Override
                public void update(double fraction, String message) {
                    progress.update(fraction * 0.5, message);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            List<Image> images = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                int n = doc.getNumberOfPages();
                for (int i = 0; i < n; i++) {
                    progress.checkCancelled();
                    images.add(toFx(renderer.renderImageWithDPI(i, DPI, ImageType.RGB)));
                    progress.update(0.5 + 0.5 * (i + 1) / n, null);
                }
            }
            return new Object[]{images, result.warnings()};
        }, out -> {
            if (job != mine[0]) {
                return;
            }
            @SuppressWarnings("unchecked") List<Image> images = (List<Image>) out[0];
            @SuppressWarnings("unchecked") List<String> w = (List<String>) out[1];
            pages.setAll(images);
            warnings.setAll(w);
            rendering.set(false);
            status.set("");
        }, e -> {
            if (job == mine[0]) {
                rendering.set(false);
                status.set(Messages.format("preview.failed", e.getMessage()));
            }
        });
        job = mine[0];
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
