package io.presskit.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a kit beside its target and moves it into place: a failed or cancelled export leaves no half PDF. */
public final class KitFiles {
    /** Writes the document to a stream. */
    @FunctionalInterface
    public interface Writer {
        KitResult write(OutputStream out) throws IOException;
    }

    private KitFiles() {
    }

    public static KitResult write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".presskit-", ".pdf.part");
        try {
            KitResult result;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                result = writer.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
