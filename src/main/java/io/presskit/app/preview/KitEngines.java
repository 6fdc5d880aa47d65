package io.presskit.app.preview;

import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitResult;
import io.presskit.model.Release;

import java.io.OutputStream;
import java.time.Instant;

/** The engine of this build: {@link KitExporter}, behind the app's progress and paper types. */
final class KitEngines {
    static final KitEngine INSTALLED = new KitEngine() {
        @Override
        public Result export(Release release, PhotoSource photos, Paper paper, Instant createdAt, OutputStream out,
                             Background.Progress progress) throws Exception {
            KitResult r = KitExporter.shared().export(release, photos,
                    new KitOptions(KitEngine.paperSize(paper), createdAt), out, KitEngine.kitProgress(progress));
            return new Result(r.pageCount(), r.warnings());
        }
    };

    private KitEngines() {
    }
}
