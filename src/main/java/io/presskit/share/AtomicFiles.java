package io.presskit.share;

import io.presskit.files.OutputFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a file beside its place and moves it in: a failure leaves no half file, a reader never sees one. */
final class AtomicFiles {
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Through the one writer of every export ({@link OutputFile}: links, permissions, a killed write's leftovers). */
    static void write(Path target, Content content) throws IOException {
        try (OutputFile file = OutputFile.beside(target, "", false)) {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file.temp()))) {
                content.writeTo(out);
            }
            file.replaceTarget();
        }
    }

    static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }
}
