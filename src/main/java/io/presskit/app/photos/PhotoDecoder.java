package io.presskit.app.photos;

import io.presskit.app.task.Background;
import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.image.PreparedImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/** Reading image files for a release: decoded several at once (decoding is slow), one result per file, in order. */
public final class PhotoDecoder {
    /** A file's outcome: the prepared image, or the one sentence saying why it was refused. */
    public record Outcome(Path file, PreparedImage image, String refusal) {
    }

    private PhotoDecoder() {
    }

    /** Decodes {@code files} on the common pool; call off the UI thread. */
    public static List<Outcome> decode(List<Path> files, Background.Progress progress) {
        List<Outcome> results = new ArrayList<>(Collections.nCopies(files.size(), null));
        int[] done = {0};
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            if (progress.isCancelled()) {
                return;
            }
            Path f = files.get(i);
            String name = f.getFileName().toString();
            Outcome o;
            try {
                o = new Outcome(f, ImagePipeline.prepare(name, Files.readAllBytes(f)), null);
            } catch (ImageRejectedException e) {
                o = new Outcome(f, null, e.getMessage());
            } catch (Exception | OutOfMemoryError e) {
                o = new Outcome(f, null, name + ": " + e.getMessage());
            }
            results.set(i, o);
            synchronized (done) {
                done[0]++;
                progress.update((double) done[0] / files.size(), name);
            }
        });
        progress.checkCancelled();
        return results;
    }
}
