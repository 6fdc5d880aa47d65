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

    public static List<PreparedImage> prepareAll(List<String> names, List<byte[]> files) throws Failure {
        if (files.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "presskit-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PreparedImage>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                String name = names.get(i);
                byte[] bytes = files.get(i);
                futures.add(pool.submit(() -> ImagePipeline.prepare(name, bytes)));
            }
            List<PreparedImage> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String msg = cause instanceof ImageRejectedException ? cause.getMessage()
                            : names.get(i) + " does not decode as an image";
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
