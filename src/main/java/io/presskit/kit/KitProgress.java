package io.presskit.kit;

/** Progress of an export (0–1) and the user's wish to stop it. */
public interface KitProgress {
    KitProgress NONE = new KitProgress() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(double fraction);

    boolean isCancelled();
}
