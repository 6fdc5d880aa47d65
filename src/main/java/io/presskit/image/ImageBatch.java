package io.presskit.image;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Decodes a set of photos in parallel on all cores, for every importer; the first refusal, in photo order, wins. */
public final class ImageBatch {
    /** Photo {@code index} was refused; the message is the sentence naming its file. */
    public static final class Failure extends Exception {
        private final int index;

        Failure(int index, String message, Throwable cause) {
            super(message, cause);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    private ImageBatch() {
    }

    /** Where the photos' bytes come from, read one at a time right before decoding; a refusal's message names the file. */
    @FunctionalInterface
    public interface Files {
        byte[] read(int index) throws Exception;
    }

    /** A read that was refused: its message is the sentence, as an image refusal's is. */
    private static final class Unreadable extends Exception {
        Unreadable(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    public static List<PreparedImage> prepareAll(List<String> names, List<byte[]> files) throws Failure {
        return prepareAll(names, files::get);
    }

    /**
     * Decodes {@code names.size()} photos, reading each from {@code files} in the task that decodes it, so that
     * no more files are held at once than there are cores besides the photos already prepared.
     */
    public static List<PreparedImage> prepareAll(List<String> names, Files files) throws Failure {
        if (names.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(names.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "presskit-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PreparedImage>> futures = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    byte[] bytes;
                    try {
                        bytes = files.read(index);
                    } catch (Exception e) {
                        throw new Unreadable(e);
                    }
                    return ImagePipeline.prepare(name, bytes);
                }));
            }
            List<PreparedImage> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() instanceof Unreadable u ? u.getCause() : e.getCause();
                    String msg = cause instanceof ImageRejectedException || e.getCause() instanceof Unreadable
                            ? cause.getMessage() : names.get(i) + " does not decode as an image";
                    throw new Failure(i, msg, cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Failure(i, "the import was interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
