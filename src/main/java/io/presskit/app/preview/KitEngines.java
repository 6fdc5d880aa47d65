package io.presskit.app.preview;

import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitResult;
import io.presskit.kit.document.KitDocument.PageNumbering;
import io.presskit.model.Release;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/** The engine of this build: {@link KitExporter}, behind the app's progress and paper types. */
final class KitEngines {
    static final KitEngine INSTALLED = new KitEngine() {
        @Override
        public Result export(Release release, PhotoSource photos, Paper paper, Instant createdAt, OutputStream out,
                             Background.Progress progress) throws Exception {
            return export(List.of(release), photos, paper, PageNumbering.DOCUMENT, createdAt, out, progress);
        }

        @Override
        public Result export(List<Release> versions, PhotoSource photos, Paper paper, PageNumbering numbering,
                             Instant createdAt, OutputStream out, Background.Progress progress) throws Exception {
            KitResult r = KitExporter.shared().export(versions, photos,
                    new KitOptions(KitEngine.paperSize(paper), createdAt).withNumbering(numbering), out,
                    KitEngine.kitProgress(progress));
            return new Result(r.pageCount(), r.warnings());
        }
    };

    private KitEngines() {
    }
}
