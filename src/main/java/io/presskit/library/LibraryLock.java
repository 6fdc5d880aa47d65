package io.presskit.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a second app window off a library the first one is editing (SQLite would let both write, and each
 * would overwrite the other's autosaves). OS file locks, released by the OS when the process dies, so a crash
 * never leaves the library locked:
 *
 * <ul>
 *   <li>{@code library.db.lock} beside the real file, symbolic links (of the file and of its folders) followed:
 *       every path to the library meets the same lock, also from another machine sharing the folder;</li>
 *   <li>a lock named by the file's identity (device and inode) in the user's runtime folder: a hard link is
 *       another name in another folder for the same file, and only its identity gives it away.</li>
 * </ul>
 */
public final class LibraryLock implements AutoCloseable {
    private final List<Held> held;

    private record Held(FileChannel channel, FileLock lock) {
    }

    private LibraryLock(List<Held> held) {
        this.held = held;
    }

    public static LibraryLock acquire(Path library) throws LibraryException {
        Path real = realPath(library);
        List<Held> held = new ArrayList<>();
        try {
            held.add(lock(library, real.resolveSibling(real.getFileName() + ".lock"), true));
            Optional<Path> byIdentity = identityLockFile(real);
            if (byIdentity.isPresent()) {
                held.add(lock(library, byIdentity.get(), false));
            }
            return new LibraryLock(held);
        } catch (LibraryException e) {
            new LibraryLock(held).close();
            throw e;
        }
    }

    /** The library with its links followed; for a library not made yet, its folder's real path. */
    static Path realPath(Path library) {
        Path abs = library.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException notThereYet) {
            try {
                Path parent = abs.getParent();
                return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException e) {
                return abs;
            }
        }
    }

    /**
     * {@code <runtime folder>/presskit/library-<device>-<inode>.lock} for an existing library on a file system
     * that has inodes, else nothing (the lock beside the file then does the work alone).
     */
    private static Optional<Path> identityLockFile(Path real) {
        try {
            Map<String, Object> id = Files.readAttributes(real, "unix:dev,ino");
            Path dir = runtimeFolder();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException ignored) {
                    // not POSIX: the folder keeps what the OS gives it
                }
            }
            return Optional.of(dir.resolve("library-" + id.get("dev") + "-" + id.get("ino") + ".lock"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The user's own runtime folder ({@code $XDG_RUNTIME_DIR}), else a per-user folder under the temporary one. */
    private static Path runtimeFolder() {
        String xdg = System.getenv("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() && Files.isWritable(Path.of(xdg))) {
            return Path.of(xdg, "presskit");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "presskit-" + System.getProperty("user.name", "user"));
    }

    private static Held lock(Path library, Path file, boolean required) throws LibraryException {
        FileChannel ch = null;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent()); // a new library: its folder comes first
            }
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this process holds it already: another window of this app
            }
            if (lock == null) {
                ByteBuffer buf = ByteBuffer.allocate(64);
                ch.read(buf, 0);
                String holder = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
                ch.close();
                throw new LibraryException(LibraryException.Kind.IN_USE, "The library " + library.toAbsolutePath()
                        + " is open in another Presskit window" + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + "; close it there, or open this one read-only.", null);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            return new Held(ch, lock);
        } catch (IOException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            if (!required) {
                return new Held(null, null); // the identity lock is a second line; the lock beside the file holds
            }
            throw new LibraryException("The lock file " + file + " cannot be used (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public void close() {
        for (Held h : held) {
            try {
                if (h.lock() != null) {
                    h.lock().release();
                }
                if (h.channel() != null) {
                    h.channel().close();
                }
            } catch (IOException ignored) {
                // the OS drops the lock with the channel anyway
            }
        }
    }
}
