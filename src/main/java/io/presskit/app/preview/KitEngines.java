package io.presskit.app.preview;

import io.presskit.app.task.Background;
import io.presskit.image.PhotoSource;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitResult;
import io.presskit.kit.document.KitDocument.PageNumbering;
import io.presskit.model.Release;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The engine of this build: {@link KitExporter}, behind the app's progress and paper types, with the house logo. */
final class KitEngines {
    private KitEngines() {
    }

    static KitEngine installed(HouseLogo logo) {
        return new KitEngine() {
            @Override
            public Result export(Release release, PhotoSource photos, Paper paper, Instant createdAt, OutputStream out,
                                 Background.Progress progress) throws Exception {
                return export(List.of(release), photos, paper, PageNumbering.DOCUMENT, createdAt, out, progress);
            }

            @Override
            public Result export(List<Release> versions, PhotoSource photos, Paper paper, PageNumbering numbering,
                                 Instant createdAt, OutputStream out, Background.Progress progress) throws Exception {
                HouseLogo.Loaded house = logo.load();
                KitResult r = KitExporter.shared().export(versions, photos,
                        new io.presskit.kit.KitOptions(KitEngine.paperSize(paper), createdAt).withNumbering(numbering)
                                .withLogo(house.logo()), out, KitEngine.kitProgress(progress));
                List<String> warnings = new ArrayList<>(house.warnings());
                warnings.addAll(r.warnings());
                return new Result(r.pageCount(), warnings);
            }

            @Override
            public KitEngine withLogo(HouseLogo other) {
                return installed(other);
            }
        };
    }
}
