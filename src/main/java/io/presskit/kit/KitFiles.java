package io.presskit.kit;

import io.presskit.files.OutputFile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a kit beside its target and moves it into place: a failed, cancelled or killed export leaves no half
 * PDF under the real name (see {@link OutputFile} for links, permissions and leftovers).
 */
public final class KitFiles {
    /** Writes the document to a stream. */
    @FunctionalInterface
    public interface Writer<T, E extends Exception> {
        T write(OutputStream out) throws IOException, E;
    }

    private KitFiles() {
    }

    public static <T, E extends Exception> T write(Path target, Writer<T, E> writer) throws IOException, E {
        try (OutputFile file = OutputFile.beside(target, ".pdf", false)) {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file.temp()))) {
                result = writer.write(out);
            }
            file.replaceTarget();
            return result;
        }
    }
}
