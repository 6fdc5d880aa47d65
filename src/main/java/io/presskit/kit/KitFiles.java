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

    /** One version's own PDF beside the kit's target: {@code kit.pdf} → {@code kit-en-HK.pdf} in the same folder. */
    public static Path beside(Path target, String language) {
        String name = target.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.length() - 4 : name.length();
        return target.resolveSibling(name.substring(0, dot) + "-" + language + ".pdf");
    }
}
