package io.presskit.app.preview;

/** Which engine this build has. Until branch {@code kit} is merged, none: no fake PDF is ever made. */
final class KitEngines {
    static final KitEngine INSTALLED = new KitEngine() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Result export(io.presskit.model.Release release, io.presskit.image.PhotoSource photos, Paper paper,
                             java.time.Instant createdAt, java.io.OutputStream out,
                             io.presskit.app.task.Background.Progress progress) {
            throw new UnsupportedOperationException("The PDF engine is not part of this build yet.");
        }
    };

    private KitEngines() {
    }
}
