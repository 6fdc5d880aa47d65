package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImagePipeline;
import io.presskit.image.PreparedImage;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.testing.TestBundles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link CrashSafetyTest} kills: edits release 1 in a loop the way autosave does (one
 * {@code saveRelease} per edit, now and then with a new photo) and prints {@code saved N} after each
 * commit returned. Whatever it printed must survive SIGKILL.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        try (LibraryStore store = LibraryStore.open(db)) {
            if (store.releases().list().isEmpty()) {
                BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
                store.releases().insert(sample.release(), sample.images());
            }
            Release r = store.releases().release(1).orElseThrow();
            int n = r.headline().startsWith("編輯 ") ? Integer.parseInt(r.headline().substring(3)) : 0;
            System.out.println("ready " + n);
            System.out.flush();
            while (true) {
                n++;
                List<String> body = new ArrayList<>(r.body().subList(0, Math.min(8, r.body().size())));
                body.add("第 " + n + " 次編輯的段落");
                List<Photo> photos = new ArrayList<>(r.photos());
                List<PreparedImage> images = new ArrayList<>();
                if (n % 5 == 0) {
                    PreparedImage img = ImagePipeline.prepare("edit-" + n + ".png", TestBundles.image(300 + n % 97, 200, "png"));
                    images.add(img);
                    photos.add(new Photo("edit-" + n + ".png", img.sha256(), img.info().mediaType(), img.info().width(),
                            img.info().height(), 1, "第 " + n + " 張", null, null));
                    if (photos.size() > 12) {
                        photos.remove(9);
                    }
                }
                Release edited = new Release(r.language(), r.issuer(), r.label(), r.timing(), "編輯 " + n,
                        r.subheadline(), r.highlights(), r.dateline(), body, r.endMark(), photos, r.boilerplates(),
                        r.contactsHeading(), r.contacts());
                io.presskit.testing.Saves.overLatest(store, 1, edited, images);
                r = edited;
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
