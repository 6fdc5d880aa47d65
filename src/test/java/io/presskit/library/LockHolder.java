package io.presskit.library;

import java.nio.file.Path;

/**
 * A second process for {@link LibraryVersionsTest}: takes the library lock the way an app window does, says
 * {@code locked}, and holds it until its standard input closes.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (LibraryLock lock = LibraryLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            System.in.read();
        }
    }
}
